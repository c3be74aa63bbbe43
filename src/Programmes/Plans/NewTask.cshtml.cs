using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Plans;

/// <summary>
/// Adds one task to a plan's annex: the API's task rules and annex replacement, so an issued plan
/// is amended (reason required, numbered in the history, PlanAmended published).
/// </summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
public sealed class NewTaskModel(ProgrammesDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public AnnexTaskForm Input { get; set; } = new();

    [BindProperty(Name = "version")]
    public uint Version { get; set; }

    public ProgrammeDocument Plan { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await AnnexPageSaving.FindPlanAsync(db, id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }
        (Plan, Version) = (plan, plan.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await AnnexPageSaving.FindPlanAsync(db, id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }
        Plan = plan;
        var errors = new ValidationErrors();
        var task = Input.ToRequest(null).ToItem(errors, AnnexTaskForm.Path, plan.RetiredAnnexIds());
        var reason = AnnexPageSaving.CheckAmendment(plan, Input.Reason, Version, errors);
        AnnexTaskForm.AddErrors(ModelState, errors);
        if (!ModelState.IsValid
            || await AnnexPageSaving.SaveAsync(db, plan, [.. AnnexPageSaving.LiveTasks(plan), task], reason, user.Name, clock.GetUtcNow(), ModelState, cancellationToken) is not { } changes)
        {
            return Page();
        }
        var added = changes.Added.Single();
        Message = $"Đã thêm nhiệm vụ {added.AnnexId}: {added.Title}. / Task {added.AnnexId} added.";
        return Redirect($"/programmes/{id}");
    }
}
