using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.History;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Indicators;

/// <summary>Adds a target indicator: the same rules as <c>POST /api/programmes/{id}/indicators</c>.</summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
public sealed class NewIndicatorModel(ProgrammesDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public IndicatorRequest Input { get; set; } = new(null, null, "atLeast", null, null, null);

    /// <summary>Targets as people write them: "2025: 40; 2030: 45".</summary>
    [BindProperty(Name = "targetsText")]
    public string? TargetsText { get; set; }

    public ProgrammeDocument Document { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var errors = new ValidationErrors();
        var targets = ParseTargets(TargetsText, errors);
        var indicator = (Input with { Targets = targets }).ToIndicator(id, errors);
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var document = await db.Documents.SingleAsync(d => d.Id == id, cancellationToken);
        db.Indicators.Add(indicator);
        document.Record(HistoryAction.IndicatorAdded, user.Name, clock.GetUtcNow(), null, $"Chỉ tiêu / Indicator: {indicator.Name}");
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Đã thêm chỉ tiêu {indicator.Name}. / Indicator added.";
        return Redirect($"/programmes/{id}");
    }

    /// <summary>"2025: 40; 2030: 45" (or one per line); a pair that does not read is an error on "targets".</summary>
    public static List<TargetRequest?> ParseTargets(string? text, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var targets = new List<TargetRequest?>();
        foreach (var pair in (text ?? string.Empty).Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && decimal.TryParse(parts[1].Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                targets.Add(new TargetRequest(year, value));
            }
            else
            {
                errors.Add("targets", $"Không đọc được \"{pair}\"; viết như 2025: 40. / Cannot read \"{pair}\"; write e.g. 2025: 40.");
            }
        }
        return targets;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        Document = document!;
        return document is not null;
    }
}
