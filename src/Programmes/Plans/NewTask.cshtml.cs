using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Plans;

/// <summary>
/// Adds one task to a plan's annex: the API's task rules and annex replacement, so an issued plan
/// is amended (reason required, numbered in the history, PlanAmended published). The version the
/// form was shown at stands in for If-Match.
/// </summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
public sealed class NewTaskModel(ProgrammesDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    private const string StaleMessage = "Kế hoạch vừa được người khác sửa; tải lại trang. / Someone else changed the plan; reload the page.";

    [BindProperty]
    public AnnexTaskForm Input { get; set; } = new();

    [BindProperty(Name = "version")]
    public uint Version { get; set; }

    public ProgrammeDocument Plan { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public bool Amending => Plan.Status != DocumentStatus.Draft;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }
        Version = plan.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }
        var errors = new ValidationErrors();
        var task = Input.ToRequest().ToItem(errors, AnnexTaskForm.Path, plan.RetiredAnnexIds());
        var reason = errors.OptionalText("reason", Input.Reason, History.DocumentHistoryEntry.ReasonMaxLength);
        if (plan.Status.IsInForce() && reason is null)
        {
            errors.Add("reason", "Cần nêu lý do sửa đổi. / An amendment needs a reason.");
        }
        if (plan.Version != Version)
        {
            errors.Add("version", StaleMessage);
        }
        AnnexTaskForm.AddErrors(ModelState, errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var changes = plan.SetAnnex([.. plan.AnnexTasks.Where(t => !t.Cancelled).OrderBy(t => t.Position), task]);
        DocumentAmendments.Record(db, plan, [], changes, reason, user.Name, clock.GetUtcNow());
        db.Entry(plan).Property(d => d.AmendmentCount).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("version", StaleMessage);
            return Page();
        }
        var added = changes.Added.Single();
        Message = $"Đã thêm nhiệm vụ {added.AnnexId}: {added.Title}. / Task {added.AnnexId} added.";
        return Redirect($"/programmes/{id}");
    }

    /// <summary>A plan still open to change; a strategy, or a plan no longer in force, has no form.</summary>
    private async Task<ProgrammeDocument?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.Documents.Include(d => d.AnnexTasks).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (plan is null || plan.Kind != ProgrammeDocumentKind.Plan || plan.Status is DocumentStatus.Expired or DocumentStatus.Replaced)
        {
            return null;
        }
        Plan = plan;
        return plan;
    }
}
