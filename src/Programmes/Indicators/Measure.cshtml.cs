using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.History;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Indicators;

/// <summary>Records a value read from a report: the same rules as the measurements API.</summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
public sealed class MeasureModel(ProgrammesDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public MeasurementRequest Input { get; set; } = new(null, null, null);

    public TargetIndicator Indicator { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken) =>
        await LoadAsync(id, indicatorId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, indicatorId, cancellationToken))
        {
            return NotFound();
        }
        var errors = new ValidationErrors();
        var measurement = Input.ToMeasurement(indicatorId, user.Name, clock.GetUtcNow(), errors);
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid || Indicator.Measure != IndicatorMeasure.Manual)
        {
            return Page();
        }
        var document = await db.Documents.SingleAsync(d => d.Id == id, cancellationToken);
        var indicator = await db.Indicators.Include(i => i.Targets).Include(i => i.Measurements).SingleAsync(i => i.Id == indicatorId, cancellationToken);
        indicator.Measurements.Add(measurement);
        document.Record(HistoryAction.MeasurementRecorded, user.Name, measurement.RecordedAt, null,
            $"{indicator.Name} {measurement.Year}: {IndicatorChart.Number(measurement.Value)} {indicator.Unit} ({measurement.Source})");
        if (IndicatorValues.Recompute(indicator, document.LeadUnitCode, [], CityTime.Today(clock).Year, measurement.RecordedAt) is { } offTrack)
        {
            db.PublishLater(offTrack);
        }
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Đã ghi số liệu {measurement.Year}. / Value for {measurement.Year} recorded.";
        return Redirect($"/programmes/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid indicatorId, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == indicatorId && i.DocumentId == id, cancellationToken);
        Indicator = indicator!;
        return indicator is not null;
    }
}
