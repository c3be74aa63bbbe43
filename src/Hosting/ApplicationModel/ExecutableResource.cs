namespace StPlatform.Hosting;

/// <summary>Any program started as a child process.</summary>
public sealed class ExecutableResource(string name, string command, string workingDirectory)
    : Resource(name), IResourceWithEnvironment, IResourceWithArgs, IResourceWithEndpoints, IResourceWithWaitSupport
{
    public string Command { get; } = command;

    /// <summary>The absolute working directory.</summary>
    public string WorkingDirectory { get; } = workingDirectory;
}
