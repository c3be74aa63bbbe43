namespace StPlatform.Hosting;

/// <summary>An environment variable whose value is computed when the process starts (ports are known then).</summary>
public sealed record EnvironmentAnnotation(string Name, Func<string> Value);

/// <summary>Command-line arguments appended when the process starts.</summary>
public sealed record CommandLineArgsAnnotation(IReadOnlyList<string> Args);

/// <summary>The resource receives the connection string or the endpoints of <see cref="Source"/>.</summary>
public sealed record ResourceReferenceAnnotation(IResource Source, string? ConnectionName);

/// <summary>The resource does not start before <see cref="Dependency"/> is healthy.</summary>
public sealed record WaitAnnotation(IResource Dependency);

/// <summary>The resource is healthy when GET <see cref="Path"/> on its endpoint answers 2xx.</summary>
public sealed record HttpHealthCheckAnnotation(string Path, string EndpointName);

/// <summary>
/// An HTTP endpoint. <see cref="Port"/> fixes the port; otherwise the AppHost allocates one at start.
/// <see cref="EnvironmentVariable"/> names the variable that tells the process its port.
/// </summary>
public sealed class EndpointAnnotation(string name, int? port, string? environmentVariable)
{
    public string Name { get; } = name;

    public int? Port { get; } = port;

    public string? EnvironmentVariable { get; } = environmentVariable;

    /// <summary>The port in use once the application has started.</summary>
    public int? AllocatedPort { get; internal set; }

    public Uri? Url => AllocatedPort is { } p ? new Uri($"http://127.0.0.1:{p}") : null;
}
