using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Tests.Tasks;

public sealed class TaskLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 30, 17, 30, 0, TimeSpan.Zero);
    private static readonly TaskActor Lead = new("officer.syt", "SYT", IsTaskOffice: false);
    private static readonly TaskActor Coordinator = new("officer.stc", "STC", IsTaskOffice: false);
    private static readonly TaskActor Office = new("office.skhcn", "SKHCN", IsTaskOffice: true);

    private static TaskItem NewTask() => new()
    {
        Title = "Xây dựng cơ sở dữ liệu sáng chế",
        LeadUnitCodes = ["SYT"],
        CoordinatingUnitCodes = ["STC"],
        DueDate = new DateOnly(2025, 6, 30),
    };

    private static TaskItem ReportedDone()
    {
        var task = NewTask();
        Assert.Equal(TransitionOutcome.Done, task.ReportDone(Lead, "Biên bản nghiệm thu số 12", Now).Outcome);
        return task;
    }

    [Fact]
    public void Lead_unit_acknowledges_starts_and_reports_done_and_each_step_is_in_the_history()
    {
        var task = NewTask();

        task.Acknowledge(Lead, Now);
        task.Start(Lead, Now);
        var reported = task.ReportDone(Lead, "Báo cáo kết quả", Now);

        Assert.Equal(TransitionOutcome.Done, reported.Outcome);
        Assert.Equal(TaskState.ReportedDone, task.State);
        Assert.Equal([TaskAction.Acknowledged, TaskAction.Started, TaskAction.ReportedDone], task.History.Select(h => h.Action));
        Assert.Equal("Báo cáo kết quả", task.Evidence);
    }

    [Fact]
    public void Coordinating_unit_cannot_report_the_task_done()
    {
        var task = NewTask();

        Assert.Equal(TransitionOutcome.Forbidden, task.ReportDone(Coordinator, "Xong", Now).Outcome);
        Assert.Equal(TaskState.Assigned, task.State);
    }

    [Fact]
    public void A_unit_that_may_not_take_a_step_is_refused_whatever_it_sent()
    {
        Assert.Equal(TransitionOutcome.Forbidden, NewTask().ReportDone(Coordinator, evidence: null, Now).Outcome);
        Assert.Equal(TransitionOutcome.Forbidden, ReportedDone().Return(Lead, reason: " ", Now).Outcome);
        Assert.Equal(TransitionOutcome.Forbidden, NewTask().Extend(Lead, newDueDate: null, reason: null, Now).Outcome);
    }

    [Fact]
    public void Reporting_done_without_evidence_names_the_evidence_field()
    {
        var result = NewTask().ReportDone(Lead, " ", Now);

        Assert.Equal(TransitionOutcome.Invalid, result.Outcome);
        Assert.Equal("evidence", result.Field);
    }

    [Fact]
    public void Coordinating_unit_and_lead_unit_cannot_confirm_only_the_task_office_can()
    {
        var task = ReportedDone();

        Assert.Equal(TransitionOutcome.Forbidden, task.Confirm(Coordinator, Now).Outcome);
        Assert.Equal(TransitionOutcome.Forbidden, task.Confirm(Lead, Now).Outcome);
        Assert.Equal(TransitionOutcome.Done, task.Confirm(Office, Now).Outcome);
        Assert.Equal(TaskState.Completed, task.State);
    }

    [Fact]
    public void Confirmation_day_is_the_day_in_the_city_which_decides_on_time_or_late()
    {
        var task = ReportedDone();

        // 30/06 17:30 UTC is already 01/07 in Hải Phòng: one day late.
        task.Confirm(Office, Now);

        Assert.Equal(new DateOnly(2025, 7, 1), task.CompletedOn);
        Assert.Equal(TaskStanding.CompletedLate, TaskStandings.Of(task, new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void Office_returns_a_reported_task_with_a_reason_and_it_is_in_progress_again()
    {
        var task = ReportedDone();

        var missingReason = task.Return(Office, "", Now);
        var returned = task.Return(Office, "Thiếu biên bản nghiệm thu", Now);

        Assert.Equal(TransitionOutcome.Invalid, missingReason.Outcome);
        Assert.Equal(TransitionOutcome.Done, returned.Outcome);
        Assert.Equal(TaskState.InProgress, task.State);
        Assert.Equal("Thiếu biên bản nghiệm thu", task.History[^1].Note);
    }

    [Fact]
    public void Task_not_reported_done_cannot_be_confirmed()
    {
        Assert.Equal(TransitionOutcome.WrongState, NewTask().Confirm(Office, Now).Outcome);
    }

    [Fact]
    public void Extension_moves_the_deadline_later_and_keeps_the_old_one_in_the_history()
    {
        var task = NewTask();

        var earlier = task.Extend(Office, new DateOnly(2025, 6, 1), "Sớm hơn", Now);
        var extended = task.Extend(Office, new DateOnly(2025, 9, 30), "Chờ kinh phí bổ sung", Now);

        Assert.Equal(TransitionOutcome.Invalid, earlier.Outcome);
        Assert.Equal(TransitionOutcome.Done, extended.Outcome);
        Assert.Equal(new DateOnly(2025, 9, 30), task.DueDate);
        var entry = Assert.Single(task.History);
        Assert.Equal((new DateOnly(2025, 6, 30), new DateOnly(2025, 9, 30)), (entry.PreviousDueDate!.Value, entry.NewDueDate!.Value));
        Assert.Equal("Chờ kinh phí bổ sung", entry.Note);
    }

    [Fact]
    public void Lead_unit_cannot_extend_its_own_deadline()
    {
        Assert.Equal(TransitionOutcome.Forbidden, NewTask().Extend(Lead, new DateOnly(2025, 12, 31), "Xin gia hạn", Now).Outcome);
    }

    [Fact]
    public void Every_unit_leads_a_task_given_to_every_department_and_district()
    {
        var task = NewTask();
        task.LeadUnitCodes = [];
        task.AllUnits = true;

        Assert.Equal(TransitionOutcome.Done, task.Acknowledge(new TaskActor("o", "UBND-TN", false), Now).Outcome);
    }
}
