namespace StPlatform.Hosting;

/// <summary>A .NET project of the solution, built once and started from its build output.</summary>
public sealed class ProjectResource(string name, string projectPath)
    : Resource(name), IResourceWithEnvironment, IResourceWithArgs, IResourceWithServiceDiscovery, IResourceWithWaitSupport
{
    /// <summary>The absolute path of the .csproj.</summary>
    public string ProjectPath { get; } = projectPath;
}
