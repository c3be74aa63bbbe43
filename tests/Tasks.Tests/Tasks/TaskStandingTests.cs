using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Tests.Tasks;

public sealed class TaskStandingTests
{
    private static readonly DateOnly Due = new(2025, 6, 30);

    [Theory]
    [InlineData(TaskState.Assigned, "2025-06-30", TaskStanding.OpenWithinDeadline)]
    [InlineData(TaskState.InProgress, "2025-07-01", TaskStanding.OpenOverdue)]
    [InlineData(TaskState.ReportedDone, "2025-07-01", TaskStanding.OpenOverdue)]
    [InlineData(TaskState.Cancelled, "2025-07-01", TaskStanding.Cancelled)]
    public void Open_task_is_overdue_only_from_the_day_after_its_deadline(TaskState state, string today, TaskStanding expected)
    {
        Assert.Equal(expected, TaskStandings.Of(state, Due, null, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Task_confirmed_on_its_deadline_is_completed_on_time()
    {
        Assert.Equal(TaskStanding.CompletedOnTime, TaskStandings.Of(TaskState.Completed, Due, Due, Due.AddDays(100)));
    }

    [Fact]
    public void Task_confirmed_after_its_deadline_is_completed_late()
    {
        Assert.Equal(TaskStanding.CompletedLate, TaskStandings.Of(TaskState.Completed, Due, Due.AddDays(1), Due.AddDays(1)));
    }

    [Fact]
    public void Ongoing_task_without_a_deadline_is_never_overdue()
    {
        Assert.Equal(TaskStanding.OpenWithinDeadline, TaskStandings.Of(TaskState.InProgress, null, null, new DateOnly(2099, 1, 1)));
    }

    [Theory]
    [InlineData(TaskState.InProgress, null, "2025-07-01")]
    [InlineData(TaskState.Assigned, null, "2025-06-29")]
    [InlineData(TaskState.Completed, "2025-06-30", "2025-07-05")]
    [InlineData(TaskState.Completed, "2025-07-02", "2025-07-05")]
    [InlineData(TaskState.Cancelled, null, "2025-07-05")]
    public void Database_filter_agrees_with_the_derivation(TaskState state, string? completed, string today)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var task = new TaskItem
        {
            Title = "t", State = state, DueDate = Due,
            CompletedOn = completed is null ? null : DateOnly.Parse(completed, System.Globalization.CultureInfo.InvariantCulture),
        };

        var matching = Enum.GetValues<TaskStanding>().Where(s => TaskStandings.Is(s, day).Compile()(task));

        Assert.Equal([TaskStandings.Of(task, day)], matching);
    }
}
