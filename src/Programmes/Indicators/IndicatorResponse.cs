using StPlatform.Programmes.Measures;

namespace StPlatform.Programmes.Indicators;

public sealed record IndicatorResponse(
    Guid Id,
    string Name,
    string Unit,
    IndicatorDirection Direction,
    IndicatorMeasure Measure,
    int BaselineYear,
    decimal BaselineValue,
    IReadOnlyList<TargetResponse> Targets,
    TrajectoryColour Colour,
    int? CurrentYear,
    decimal? CurrentValue,
    decimal? ExpectedValue,
    IReadOnlyList<ValueResponse> Values)
{
    public static IndicatorResponse From(IndicatorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var i = report.Indicator;
        return new IndicatorResponse(
            i.Id, i.Name, i.Unit, i.Direction, i.Measure, i.BaselineYear, i.BaselineValue,
            [.. i.Targets.OrderBy(t => t.Year).Select(t => new TargetResponse(t.Year, t.Value))],
            report.Colour, report.Latest?.Year, report.Latest?.Value,
            report.Latest is { } latest ? decimal.Round(report.ExpectedIn(latest.Year), 4) : null,
            [.. report.Values.Select(v => new ValueResponse(v.Year, v.Value, v.Source, [.. v.Facts.Select(ProvenanceResponse.From)]))]);
    }
}

public sealed record TargetResponse(int Year, decimal Value);

/// <summary>A value for a year and where it came from: the report, or the events and records counted.</summary>
public sealed record ValueResponse(int Year, decimal Value, string? Source, IReadOnlyList<ProvenanceResponse> Provenance);

public sealed record ProvenanceResponse(Guid EventId, Guid RecordId, FactKind Kind, DateOnly OccurredOn, string? Reference)
{
    public static ProvenanceResponse From(MeasureFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new(fact.EventId, fact.SubjectId, fact.Kind, fact.OccurredOn, fact.Reference);
    }
}
