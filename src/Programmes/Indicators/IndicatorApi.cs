using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.History;
using StPlatform.Programmes.Measures;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Indicators;

public static class IndicatorApi
{
    public static IEndpointRouteBuilder MapIndicatorApi(this IEndpointRouteBuilder app)
    {
        var indicators = app.MapGroup($"{ProgrammeDocumentApi.Prefix}/{{id:guid}}/indicators").WithTags("Target indicators");

        indicators.MapGet("/", ListIndicators)
            .WithName(nameof(ListIndicators))
            .WithSummary("The document's indicators: targets, values per year with their provenance, and trajectory colour.");
        indicators.MapPost("/", AddIndicator)
            .WithName(nameof(AddIndicator))
            .WithSummary("Adds a target indicator, measured by hand or counted from events. Send an Idempotency-Key to make a retry safe.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes)
            .WithIdempotencyKey<ProgrammesDbContext>();
        indicators.MapPost("/{indicatorId:guid}/measurements", AddMeasurement)
            .WithName(nameof(AddMeasurement))
            .WithSummary("Records a value read from a report for a hand-measured indicator. Send an Idempotency-Key to make a retry safe.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes)
            .WithIdempotencyKey<ProgrammesDbContext>();
        return app;
    }

    public static async Task<Results<Ok<List<IndicatorResponse>>, NotFound>> ListIndicators(
        Guid id, ProgrammesDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Documents.VisibleTo(user).AnyAsync(d => d.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var reports = await IndicatorReport.LoadAsync(db, id, clock, cancellationToken);
        return TypedResults.Ok(reports.Select(IndicatorResponse.From).ToList());
    }

    public static async Task<Results<Created<IndicatorResponse>, NotFound, ValidationProblem>> AddIndicator(
        Guid id, IndicatorRequest request, ProgrammesDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        var indicator = request.ToIndicator(id, errors);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        db.Indicators.Add(indicator);
        document.Record(HistoryAction.IndicatorAdded, user.Name, clock.GetUtcNow(), null, $"Chỉ tiêu / Indicator: {indicator.Name}");
        await RecomputeAsync(db, indicator, document.LeadUnitCode, clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var report = (await IndicatorReport.LoadAsync(db, id, clock, cancellationToken)).Single(r => r.Indicator.Id == indicator.Id);
        return TypedResults.Created($"{ProgrammeDocumentApi.Prefix}/{id}/indicators", IndicatorResponse.From(report));
    }

    public static async Task<Results<Created<IndicatorResponse>, NotFound, ValidationProblem>> AddMeasurement(
        Guid id, Guid indicatorId, MeasurementRequest request, ProgrammesDbContext db, CurrentUser user, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var indicator = await db.Indicators.Include(i => i.Targets).Include(i => i.Measurements)
            .SingleOrDefaultAsync(i => i.Id == indicatorId && i.DocumentId == id, cancellationToken);
        if (document is null || indicator is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        var measurement = request.ToMeasurement(indicatorId, user.Name, clock.GetUtcNow(), errors);
        if (indicator.Measure != IndicatorMeasure.Manual)
        {
            errors.Add("measure", "Chỉ tiêu này được đếm từ sự kiện, không nhập tay. / This indicator is counted from events, not entered by hand.");
        }
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        indicator.Measurements.Add(measurement);
        document.Record(HistoryAction.MeasurementRecorded, user.Name, measurement.RecordedAt, null,
            $"{indicator.Name} {measurement.Year}: {measurement.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {indicator.Unit} ({measurement.Source})");
        await RecomputeAsync(db, indicator, document.LeadUnitCode, clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var report = (await IndicatorReport.LoadAsync(db, id, clock, cancellationToken)).Single(r => r.Indicator.Id == indicatorId);
        return TypedResults.Created($"{ProgrammeDocumentApi.Prefix}/{id}/indicators", IndicatorResponse.From(report));
    }

    /// <summary>Stores the colour now, announcing a turn to off track.</summary>
    private static async Task RecomputeAsync(ProgrammesDbContext db, TargetIndicator indicator, string? leadUnit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var facts = new List<MeasureFact>();
        if (indicator.Measure != IndicatorMeasure.Manual)
        {
            var kinds = EventMeasures.KindsOf(indicator.Measure);
            facts = await db.Facts.AsNoTracking().Where(f => kinds.Contains(f.Kind)).ToListAsync(cancellationToken);
        }
        if (IndicatorValues.Recompute(indicator, leadUnit, facts, CityTime.Today(clock).Year, clock.GetUtcNow()) is { } offTrack)
        {
            db.PublishLater(offTrack);
        }
    }
}
