using StPlatform.Contracts.Programmes;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.Plans;

namespace StPlatform.Programmes.Tests.Plans;

public sealed class AnnexEditingTests
{
    private static ProgrammeDocument Plan() => new() { Kind = ProgrammeDocumentKind.Plan, Number = "110/KH-UBND", Title = "Kế hoạch", Issuer = "UBND" };

    private static AnnexTaskItem Task(string title, string annexId = "", params string[] leads) =>
        new() { AnnexId = annexId, Title = title, LeadUnitCodes = [.. leads] };

    [Fact]
    public void New_tasks_are_numbered_in_order_after_any_id_the_plan_already_uses()
    {
        var plan = Plan();

        var changes = plan.SetAnnex([Task("Xây dựng Trung tâm hỗ trợ khởi nghiệp", "2.3", "SKHCN"), Task("Rà soát cơ chế", "", "STC"), Task("Tuyên truyền")]);

        Assert.Equal(["2.3", "1", "2"], changes.Added.Select(t => t.AnnexId));
        Assert.Empty(changes.Changed);
        Assert.Empty(changes.Cancelled);
    }

    [Fact]
    public void Amended_annex_reports_tasks_added_changed_and_cancelled_by_annex_id()
    {
        var plan = Plan();
        plan.SetAnnex([Task("Nhiệm vụ một", "", "SKHCN"), Task("Nhiệm vụ hai", "", "STC"), Task("Nhiệm vụ ba", "", "SYT")]);

        var changes = plan.SetAnnex([Task("Nhiệm vụ một", "1", "SKHCN"), Task("Nhiệm vụ hai, mở rộng", "2", "STC", "SKHDT"), Task("Nhiệm vụ bổ khuyết")]);

        Assert.Equal(["4"], changes.Added.Select(t => t.AnnexId));
        Assert.Equal(["2"], changes.Changed.Select(t => t.AnnexId));
        Assert.Equal(["3"], changes.Cancelled.Select(t => t.AnnexId));
        Assert.Equal(["3"], plan.RetiredAnnexIds());
    }

    [Fact]
    public void Cancelled_task_id_is_never_given_to_a_new_task()
    {
        var plan = Plan();
        plan.SetAnnex([Task("Một"), Task("Hai")]);
        plan.SetAnnex([Task("Một", "1")]);

        var changes = plan.SetAnnex([Task("Một", "1"), Task("Mới")]);

        Assert.Equal(["3"], changes.Added.Select(t => t.AnnexId));
    }

    [Fact]
    public void Plan_issued_carries_its_live_annex_with_deadlines_as_the_task_service_reads_them()
    {
        var plan = Plan();
        var quarter = Task("Báo cáo sơ kết", "", "SKHCN");
        quarter.DeadlineKind = DeadlineKind.Quarter;
        quarter.DueDate = new DateOnly(2025, 6, 30);
        quarter.DeadlineLabel = "Quý II/2025";
        var ongoing = Task("Theo dõi thường xuyên");
        ongoing.Recurrence = ReportingPeriod.SixMonthly;
        plan.SetAnnex([quarter, Task("Bỏ đi"), ongoing]);
        plan.AnnexTasks[1].Cancelled = true;

        var issued = PlanEvents.Issued(plan, DateTimeOffset.UtcNow);

        Assert.Equal(["1", "3"], issued.Tasks.Select(t => t.AnnexId));
        Assert.Equal(new TaskDeadline(DeadlineKind.Quarter, new DateOnly(2025, 6, 30), "Quý II/2025"), issued.Tasks[0].Deadline);
        Assert.Equal(ReportingPeriod.SixMonthly, issued.Tasks[1].Recurrence);
        Assert.Empty(issued.Tasks[1].LeadUnitCodes);
    }
}
