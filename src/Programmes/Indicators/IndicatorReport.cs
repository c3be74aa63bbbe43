using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Measures;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Indicators;

/// <summary>One indicator as the API, the page, the chart and the export show it.</summary>
public sealed record IndicatorReport(TargetIndicator Indicator, IReadOnlyList<YearValue> Values, YearValue? Latest, TrajectoryColour Colour)
{
    public decimal ExpectedIn(int year) =>
        Trajectory.Expected(Indicator.BaselineYear, Indicator.BaselineValue, Indicator.Targets, year);

    /// <summary>A document's indicators with their values, computed now from measurements and facts.</summary>
    public static async Task<List<IndicatorReport>> LoadAsync(ProgrammesDbContext db, Guid documentId, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var indicators = await db.Indicators.AsNoTracking().AsSplitQuery()
            .Include(i => i.Targets).Include(i => i.Measurements)
            .Where(i => i.DocumentId == documentId).OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var kinds = indicators.SelectMany(i => EventMeasures.KindsOf(i.Measure)).Distinct().ToList();
        var facts = kinds.Count == 0 ? [] : await db.Facts.AsNoTracking().Where(f => kinds.Contains(f.Kind)).ToListAsync(cancellationToken);
        var year = CityTime.Today(clock).Year;
        return [.. indicators.Select(i =>
        {
            var latest = IndicatorValues.Latest(i, facts, year);
            return new IndicatorReport(i, IndicatorValues.PerYear(i, facts, year), latest, Trajectory.Colour(i, latest?.Year, latest?.Value));
        })];
    }
}
