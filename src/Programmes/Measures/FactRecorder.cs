using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Indicators;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Measures;

/// <summary>
/// Keeps a received fact and recomputes every indicator of the measure it feeds, city-wide,
/// announcing each that turns off track. Runs inside the consumer's inbox transaction.
/// </summary>
public static class FactRecorder
{
    public static async Task RecordAsync(ProgrammesDbContext db, MeasureFact fact, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(fact);
        db.Facts.Add(fact);
        if (EventMeasures.MeasureOf(fact.Kind) is not { } measure)
        {
            return;
        }
        await LockAsync(db, measure, cancellationToken);
        var kinds = EventMeasures.KindsOf(measure);
        var facts = await db.Facts.AsNoTracking().Where(f => kinds.Contains(f.Kind)).ToListAsync(cancellationToken);
        facts.Add(fact);
        await RecomputeAsync(db, measure, facts, clock, cancellationToken);
    }

    public static async Task RecomputeAsync(
        ProgrammesDbContext db, IndicatorMeasure measure, IReadOnlyList<MeasureFact> facts, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var indicators = await db.Indicators.Include(i => i.Targets).Where(i => i.Measure == measure).ToListAsync(cancellationToken);
        var documentIds = indicators.Select(i => i.DocumentId).Distinct().ToList();
        var leadUnits = await db.Documents.Where(d => documentIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.LeadUnitCode, cancellationToken);
        var year = CityTime.Today(clock).Year;
        foreach (var indicator in indicators)
        {
            if (IndicatorValues.Recompute(indicator, leadUnits.GetValueOrDefault(indicator.DocumentId), facts, year, clock.GetUtcNow()) is { } offTrack)
            {
                db.PublishLater(offTrack);
            }
        }
    }

    /// <summary>
    /// One recomputation of a measure at a time, so two facts arriving together cannot both read
    /// the colour before either stores it (a missed or doubled off-track announcement).
    /// </summary>
    public static Task LockAsync(ProgrammesDbContext db, IndicatorMeasure measure, CancellationToken cancellationToken) =>
        (db ?? throw new ArgumentNullException(nameof(db))).Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock(7411, {(int)measure})", cancellationToken);
}
