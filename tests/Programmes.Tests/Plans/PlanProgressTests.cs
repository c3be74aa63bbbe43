using StPlatform.Programmes.Measures;
using StPlatform.Programmes.Plans;

namespace StPlatform.Programmes.Tests.Plans;

public sealed class PlanProgressTests
{
    private static MeasureFact Fact(FactKind kind, Guid task, bool? onTime = null) =>
        new() { EventId = Guid.NewGuid(), Kind = kind, SubjectId = task, OccurredOn = new DateOnly(2024, 6, 20), OnTime = onTime };

    [Fact]
    public void Progress_counts_each_task_once_and_an_overdue_task_completed_later_is_no_longer_overdue()
    {
        var (a, b, c, d) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var facts = new[]
        {
            Fact(FactKind.TaskAssigned, a), Fact(FactKind.TaskAssigned, b), Fact(FactKind.TaskAssigned, c),
            Fact(FactKind.TaskCompleted, a, onTime: true),
            Fact(FactKind.TaskOverdue, b), Fact(FactKind.TaskCompleted, b, onTime: false),
            Fact(FactKind.TaskOverdue, c), Fact(FactKind.TaskOverdue, c),
            // Completed before its assignment arrived: still one task of the plan.
            Fact(FactKind.TaskCompleted, d, onTime: true),
        };

        var progress = PlanProgress.From(facts);

        Assert.Equal(new PlanProgress(Total: 4, Completed: 3, CompletedOnTime: 2, Overdue: 1), progress);
        Assert.Equal("3/4 hoàn thành, 1 quá hạn", progress.Vietnamese);
    }

    [Fact]
    public void Same_facts_in_any_order_give_the_same_progress()
    {
        var task = Guid.NewGuid();
        var facts = new[] { Fact(FactKind.TaskCompleted, task, true), Fact(FactKind.TaskOverdue, task), Fact(FactKind.TaskAssigned, task) };

        Assert.Equal(PlanProgress.From(facts), PlanProgress.From(facts.Reverse()));
        Assert.Equal(0, PlanProgress.From(facts).Overdue);
    }
}
