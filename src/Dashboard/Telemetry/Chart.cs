namespace StPlatform.Dashboard.Telemetry;

/// <summary>One chart of the metrics page: one or more lines over time, in one unit.</summary>
public sealed record Chart(string Title, string Unit, IReadOnlyList<ChartLine> Lines)
{
    public bool IsEmpty => Lines.All(l => l.Points.Count == 0);
}

public sealed record ChartLine(string Name, IReadOnlyList<ChartPoint> Points)
{
    public double? Latest => Points.Count == 0 ? null : Points[^1].Value;
}

public readonly record struct ChartPoint(DateTime Time, double Value);
