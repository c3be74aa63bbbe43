using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Plans;

/// <summary>
/// What the annex pages share with <c>PUT /api/programmes/{id}/annex</c>: the plan must still be
/// open, an issued plan needs a reason, the form's version stands in for If-Match, and the new
/// annex replaces the old one as the API does (history, and PlanAmended once issued).
/// </summary>
public static class AnnexPageSaving
{
    public const string StaleMessage = "Kế hoạch vừa được người khác sửa; tải lại trang. / Someone else changed the plan; reload the page.";

    /// <summary>A plan still open to change, with its annex; null for anything else.</summary>
    public static async Task<ProgrammeDocument?> FindPlanAsync(ProgrammesDbContext db, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.Documents.Include(d => d.AnnexTasks).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return plan is null || plan.Kind != ProgrammeDocumentKind.Plan || plan.Status is DocumentStatus.Expired or DocumentStatus.Replaced
            ? null : plan;
    }

    public static List<AnnexTaskItem> LiveTasks(ProgrammeDocument plan) =>
        [.. (plan ?? throw new ArgumentNullException(nameof(plan))).AnnexTasks.Where(t => !t.Cancelled).OrderBy(t => t.Position)];

    /// <summary>The reason, checked as the API checks it; a version other than the plan's is an error on "version".</summary>
    public static string? CheckAmendment(ProgrammeDocument plan, string? reason, uint version, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(errors);
        var checkedReason = errors.OptionalText("reason", reason, History.DocumentHistoryEntry.ReasonMaxLength);
        if (plan.Status.IsInForce() && checkedReason is null)
        {
            errors.Add("reason", "Cần nêu lý do sửa đổi. / An amendment needs a reason.");
        }
        if (plan.Version != version)
        {
            errors.Add("version", StaleMessage);
        }
        return checkedReason;
    }

    /// <summary>Sets the annex and saves; null (and the stale message on "version") when another writer came first.</summary>
    public static async Task<AnnexChanges?> SaveAsync(
        ProgrammesDbContext db, ProgrammeDocument plan, List<AnnexTaskItem> tasks, string? reason, string by, DateTimeOffset at,
        ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(modelState);
        var changes = plan.SetAnnex(tasks);
        if (changes.IsEmpty)
        {
            return changes;
        }
        DocumentAmendments.Record(db, plan, [], changes, reason, by, at);
        db.Entry(plan).Property(d => d.AmendmentCount).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return changes;
        }
        catch (DbUpdateConcurrencyException)
        {
            modelState.AddModelError("version", StaleMessage);
            return null;
        }
    }
}
