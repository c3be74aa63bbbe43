namespace StPlatform.Dashboard.Telemetry;

public enum MetricKind
{
    Gauge,
    Sum,
    Histogram,
}

/// <summary>
/// One data point of one metric from one export. Sums and histograms are kept as sent (the .NET
/// exporter sends cumulative values); the charts turn consecutive points into rates.
/// </summary>
public sealed record MetricPoint
{
    public required string Service { get; init; }

    public required string Name { get; init; }

    public string Unit { get; init; } = "";

    public MetricKind Kind { get; init; }

    public DateTime Time { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; init; } = [];

    /// <summary>The value of a gauge or sum point; a histogram's sum.</summary>
    public double Value { get; init; }

    public ulong Count { get; init; }

    public IReadOnlyList<double> Bounds { get; init; } = [];

    public IReadOnlyList<ulong> BucketCounts { get; init; } = [];

    public string? Attribute(string key) => Attributes.FirstOrDefault(a => a.Key == key).Value;
}
