using StPlatform.Contracts.Programmes;
using StPlatform.Programmes.Measures;

namespace StPlatform.Programmes.Indicators;

/// <summary>A value of an indicator for a year, and where it came from.</summary>
public sealed record YearValue(int Year, decimal Value, string? Source, IReadOnlyList<MeasureFact> Facts);

/// <summary>An indicator's values: the latest report for a manual one; counts of facts for an event one.</summary>
public static class IndicatorValues
{
    /// <summary>The value per year, oldest first: what the chart draws and the export lists.</summary>
    public static IReadOnlyList<YearValue> PerYear(TargetIndicator indicator, IReadOnlyList<MeasureFact> facts, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Measure == IndicatorMeasure.Manual)
        {
            return [.. indicator.Measurements
                .GroupBy(m => m.Year)
                .Select(g => g.OrderByDescending(m => m.RecordedAt).First())
                .OrderBy(m => m.Year)
                .Select(m => new YearValue(m.Year, m.Value, m.Source, []))];
        }
        var lastYear = Math.Min(currentYear, indicator.Targets.Select(t => t.Year).DefaultIfEmpty(currentYear).Max());
        return [.. Enumerable.Range(indicator.BaselineYear + 1, Math.Max(0, lastYear - indicator.BaselineYear))
            .Select(year => (year, result: EventMeasures.Evaluate(indicator.Measure, facts, year)))
            .Select(y => new YearValue(y.year, y.result.Value, null, y.result.Provenance))];
    }

    /// <summary>The value the colour is judged on: the latest year's, or the count now for an event measure.</summary>
    public static YearValue? Latest(TargetIndicator indicator, IReadOnlyList<MeasureFact> facts, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Measure != IndicatorMeasure.Manual)
        {
            var now = EventMeasures.Evaluate(indicator.Measure, facts, currentYear);
            return new YearValue(currentYear, now.Value, null, now.Provenance);
        }
        var values = PerYear(indicator, facts, currentYear);
        return values.Count == 0 ? null : values[^1];
    }

    /// <summary>
    /// Recomputes the stored value and colour; returns the event to publish when the colour has
    /// just turned off track (once per transition: staying off track announces nothing).
    /// </summary>
    public static IndicatorOffTrack? Recompute(
        TargetIndicator indicator, string? leadUnitCode, IReadOnlyList<MeasureFact> facts, int currentYear, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var latest = Latest(indicator, facts, currentYear);
        var colour = Trajectory.Colour(indicator, latest?.Year, latest?.Value);
        var turnedOffTrack = colour == TrajectoryColour.OffTrack && indicator.Colour != TrajectoryColour.OffTrack;
        indicator.Colour = colour;
        indicator.CurrentValue = latest?.Value;
        indicator.CurrentYear = latest?.Year;
        if (!turnedOffTrack)
        {
            return null;
        }
        var target = indicator.Targets.Where(t => t.Year >= latest!.Year).OrderBy(t => t.Year).FirstOrDefault()
            ?? indicator.Targets.OrderBy(t => t.Year).Last();
        return new IndicatorOffTrack(
            Guid.NewGuid(), at, indicator.Id, indicator.DocumentId, indicator.Name, indicator.Unit,
            latest!.Value, target.Value, target.Year, leadUnitCode);
    }
}
