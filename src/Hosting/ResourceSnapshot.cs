using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StPlatform.Hosting;

/// <summary>What is known of a resource at one moment: for tests and for the dashboard.</summary>
public sealed record ResourceSnapshot
{
    public required string Name { get; init; }

    /// <summary>Project, Executable, PostgresServer, PostgresDatabase, RabbitMQServer.</summary>
    public required string ResourceType { get; init; }

    public string State { get; init; } = KnownResourceStates.NotStarted;

    /// <summary>Null until the resource runs and its first health check has answered.</summary>
    public HealthStatus? HealthStatus { get; init; }

    public int? ProcessId { get; init; }

    public IReadOnlyList<string> Urls { get; init; } = [];

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? StopTime { get; init; }

    public int? ExitCode { get; init; }

    public int Restarts { get; init; }

    /// <summary>The resource's latest console lines (stdout and stderr), oldest first.</summary>
    public IReadOnlyList<string> ConsoleLines { get; init; } = [];
}

/// <summary>A resource's new snapshot, as published on each change.</summary>
public sealed record ResourceEvent(IResource Resource, string ResourceId, ResourceSnapshot Snapshot);
