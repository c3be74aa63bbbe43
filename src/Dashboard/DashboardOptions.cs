namespace StPlatform.Dashboard;

/// <summary>The console's settings, bound from the AppHost's configuration section "Dashboard".</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>False: the AppHost runs without a console and its children export no telemetry.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The browser and OTLP/HTTP port (0: any free port).</summary>
    public int Port { get; set; }

    /// <summary>The OTLP/gRPC port, HTTP/2 without TLS (0: any free port).</summary>
    public int OtlpGrpcPort { get; set; }

    /// <summary>The login token; empty: a random one for each run.</summary>
    public string? LoginToken { get; set; }

    /// <summary>Spans kept in memory; the oldest are dropped first.</summary>
    public int MaxSpans { get; set; } = 20_000;

    /// <summary>Log records kept in memory; the oldest are dropped first.</summary>
    public int MaxLogs { get; set; } = 20_000;

    /// <summary>Metric data points kept in memory; the oldest are dropped first.</summary>
    public int MaxMetricPoints { get; set; } = 100_000;

    /// <summary>
    /// The queues the console shows with their <c>_error</c> queues (MassTransit's naming), e.g.
    /// <c>Dashboard:Queues:0=tasks-programme-approved</c>: AMQP cannot list queues, so they are named.
    /// </summary>
    public IList<string> Queues { get; } = [];

    /// <summary>The largest OTLP request accepted, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 8 * 1024 * 1024;
}
