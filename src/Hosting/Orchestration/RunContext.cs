namespace StPlatform.Hosting.Orchestration;

/// <summary>What every resource runner of one application shares.</summary>
internal sealed class RunContext(ResourceNotificationService notifications, DataFolder dataFolder, Action<string> appHostLog) : IDisposable
{
    public ResourceNotificationService Notifications { get; } = notifications;

    public DataFolder DataFolder { get; } = dataFolder;

    /// <summary>Lines the orchestrator itself writes (builds, URLs, failures).</summary>
    public Action<string> AppHostLog { get; } = appHostLog;

    /// <summary>A fresh temporary folder: servers may skip the fsync of their initial files.</summary>
    public bool IsTemporary { get; init; }

    public required string EnvironmentName { get; init; }

    public required string BuildConfiguration { get; init; }

    /// <summary>Where the run command published ReadyToRun images of the projects, if it did.</summary>
    public string? ImagesFolder { get; init; }

    public string? OtlpEndpoint { get; init; }

    public string OtlpProtocol { get; init; } = "grpc";

    public HttpClient HealthClient { get; } = new() { Timeout = TimeSpan.FromSeconds(5) };

    public void Dispose() => HealthClient.Dispose();
}
