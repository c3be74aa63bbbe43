namespace StPlatform.Dashboard.Telemetry;

/// <summary>Everything received over OTLP, each kind in its own bounded ring.</summary>
public sealed class TelemetryStore(DashboardOptions options)
{
    public BoundedBuffer<SpanData> Spans { get; } = new(options.MaxSpans);

    public BoundedBuffer<LogEntry> Logs { get; } = new(options.MaxLogs);

    public BoundedBuffer<MetricPoint> Metrics { get; } = new(options.MaxMetricPoints);

    /// <summary>The services that sent anything still held, by name.</summary>
    public IReadOnlyList<string> Services() =>
        Spans.Snapshot().Select(s => s.Service)
            .Concat(Logs.Snapshot().Select(l => l.Service))
            .Concat(Metrics.Snapshot().Select(m => m.Service))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
