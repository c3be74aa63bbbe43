using StPlatform.Contracts.Programmes;
using StPlatform.Programmes.Documents;

namespace StPlatform.Programmes.Plans;

/// <summary>The events a plan's issue and amendments publish to the task service.</summary>
public static class PlanEvents
{
    public static PlanIssued Issued(ProgrammeDocument plan, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanIssued(
            Guid.NewGuid(), at, plan.Id, plan.Number, plan.Title, plan.PeriodStartYear, plan.PeriodEndYear,
            [.. LiveTasks(plan).Select(t => t.ToContract())]);
    }

    public static PlanAmended Amended(ProgrammeDocument plan, AnnexChanges changes, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(changes);
        return new PlanAmended(
            Guid.NewGuid(), at, plan.Id, plan.Number, plan.AmendmentCount, reason,
            [.. changes.Added.Select(t => t.ToContract())],
            [.. changes.Changed.Select(t => t.ToContract())],
            [.. changes.Cancelled.Select(t => t.AnnexId)]);
    }

    public static IEnumerable<AnnexTaskItem> LiveTasks(ProgrammeDocument plan) =>
        (plan ?? throw new ArgumentNullException(nameof(plan))).AnnexTasks.Where(t => !t.Cancelled).OrderBy(t => t.Position);
}
