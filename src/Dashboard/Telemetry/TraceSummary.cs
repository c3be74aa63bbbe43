namespace StPlatform.Dashboard.Telemetry;

/// <summary>A trace as listed: its first span, its extent and the services it crossed.</summary>
public sealed record TraceSummary(
    string TraceId, SpanData Root, DateTime Start, TimeSpan Duration, IReadOnlyList<string> Services, int SpanCount, bool HasError);

/// <summary>One row of the waterfall: a span and its depth below the trace's root.</summary>
public sealed record WaterfallRow(SpanData Span, int Depth, double OffsetPercent, double WidthPercent);
