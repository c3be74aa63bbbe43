using StPlatform.Programmes.Measures;

namespace StPlatform.Programmes.Plans;

/// <summary>
/// A plan's progress as the task service reports it: "127/142 hoàn thành, 0 quá hạn". A task counts
/// once whichever of its events arrived; overdue means it became overdue and is not completed.
/// </summary>
public sealed record PlanProgress(int Total, int Completed, int CompletedOnTime, int Overdue)
{
    public static PlanProgress From(IEnumerable<MeasureFact> planFacts)
    {
        var facts = planFacts.ToList();
        var completed = facts.Where(f => f.Kind == FactKind.TaskCompleted).GroupBy(f => f.SubjectId).ToList();
        var completedIds = completed.Select(g => g.Key).ToHashSet();
        return new PlanProgress(
            Total: facts.Select(f => f.SubjectId).Distinct().Count(),
            Completed: completed.Count,
            CompletedOnTime: completed.Count(g => g.Any(f => f.OnTime == true)),
            Overdue: facts.Where(f => f.Kind == FactKind.TaskOverdue && !completedIds.Contains(f.SubjectId)).Select(f => f.SubjectId).Distinct().Count());
    }

    public string Vietnamese => $"{Completed}/{Total} hoàn thành, {Overdue} quá hạn";

    public string English => $"{Completed}/{Total} completed, {Overdue} overdue";
}
