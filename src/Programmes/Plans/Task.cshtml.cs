using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Plans;

/// <summary>
/// Corrects or cancels one task of a plan's annex, by its AnnexId: the same annex replacement as
/// the API, so an issued plan is amended (reason required, PlanAmended with the task changed or cancelled).
/// </summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
public sealed class TaskModel(ProgrammesDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AnnexTaskForm Input { get; set; } = new();

    [BindProperty(Name = "version")]
    public uint Version { get; set; }

    public ProgrammeDocument Plan { get; private set; } = null!;

    public AnnexTaskItem Item { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string annexId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, annexId, cancellationToken))
        {
            return NotFound();
        }
        (Input, Version) = (AnnexTaskForm.From(Item), Plan.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string annexId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, annexId, cancellationToken))
        {
            return NotFound();
        }
        var errors = new ValidationErrors();
        var edited = Input.ToRequest(annexId).ToItem(errors, AnnexTaskForm.Path, Plan.RetiredAnnexIds());
        var reason = AnnexPageSaving.CheckAmendment(Plan, Input.Reason, Version, errors);
        AnnexTaskForm.AddErrors(ModelState, errors);
        var tasks = AnnexPageSaving.LiveTasks(Plan).Select(t => t.AnnexId == annexId ? edited : t).ToList();
        if (!ModelState.IsValid
            || await AnnexPageSaving.SaveAsync(db, Plan, tasks, reason, user.Name, clock.GetUtcNow(), ModelState, cancellationToken) is null)
        {
            return Page();
        }
        Message = $"Đã lưu nhiệm vụ {annexId}. / Task {annexId} saved.";
        return Redirect($"/programmes/{id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, string annexId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, annexId, cancellationToken))
        {
            return NotFound();
        }
        var errors = new ValidationErrors();
        var reason = AnnexPageSaving.CheckAmendment(Plan, Input.Reason, Version, errors);
        ModelState.Clear();
        ModelState.AddValidationErrors(errors);
        Input = AnnexTaskForm.From(Item) with { Reason = Input.Reason };
        var tasks = AnnexPageSaving.LiveTasks(Plan).Where(t => t.AnnexId != annexId).ToList();
        if (!ModelState.IsValid
            || await AnnexPageSaving.SaveAsync(db, Plan, tasks, reason, user.Name, clock.GetUtcNow(), ModelState, cancellationToken) is null)
        {
            return Page();
        }
        Message = $"Đã hủy nhiệm vụ {annexId}. / Task {annexId} cancelled.";
        return Redirect($"/programmes/{id}");
    }

    private async Task<bool> FindAsync(Guid id, string annexId, CancellationToken cancellationToken)
    {
        Plan = (await AnnexPageSaving.FindPlanAsync(db, id, cancellationToken))!;
        Item = Plan?.AnnexTasks.SingleOrDefault(t => t.AnnexId == annexId && !t.Cancelled)!;
        return Plan is not null && Item is not null;
    }
}
