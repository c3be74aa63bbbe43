namespace StPlatform.Hosting;

public static class ProjectBuilderExtensions
{
    /// <summary>
    /// A project of the solution, its path relative to the AppHost's folder. It gets an HTTP endpoint
    /// (passed as ASPNETCORE_URLS) on an allocated port.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddProject(
        this IDistributedApplicationBuilder builder, string name, string projectPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(projectPath);
        var fullPath = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, projectPath));
        return builder.AddResource(new ProjectResource(name, fullPath)).WithHttpEndpoint();
    }

    /// <summary>A program started as a child process; <paramref name="workingDirectory"/> is relative to the AppHost's folder.</summary>
    public static IResourceBuilder<ExecutableResource> AddExecutable(
        this IDistributedApplicationBuilder builder, string name, string command, string workingDirectory, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var directory = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, workingDirectory));
        var resource = builder.AddResource(new ExecutableResource(name, command, directory));
        return args.Length > 0 ? resource.WithArgs(args) : resource;
    }
}
