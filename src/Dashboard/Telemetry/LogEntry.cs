namespace StPlatform.Dashboard.Telemetry;

/// <summary>One structured log record as received.</summary>
public sealed record LogEntry
{
    public DateTime Time { get; init; }

    public required string Service { get; init; }

    /// <summary>OTLP SeverityNumber: 1-4 trace, 5-8 debug, 9-12 information, 13-16 warning, 17-20 error, 21-24 critical.</summary>
    public int SeverityNumber { get; init; }

    public string SeverityText { get; init; } = "";

    public string Body { get; init; } = "";

    /// <summary>The logger's category (the instrumentation scope's name).</summary>
    public string Category { get; init; } = "";

    public string TraceId { get; init; } = "";

    public string SpanId { get; init; } = "";

    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; init; } = [];

    public LogLevelName Level => LogLevels.FromSeverity(SeverityNumber);
}
