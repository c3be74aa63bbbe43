using System.Net;
using DocumentFormat.OpenXml.Packaging;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Plans;
using StPlatform.Tasks.Tasks;
using StPlatform.Tasks.Tests.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Dashboard;

[Collection(SharedTasksService.Name)]
public sealed class DashboardTests(TasksFixture fixture)
{
    /// <summary>A unit of its own, with two tasks completed (one late), one overdue and one open, due in 2025.</summary>
    private async Task<(string Unit, TaskItem Late, TaskItem Overdue)> SeedUnitAsync()
    {
        var unit = $"UBND-{Unique.Digits(8)}";
        TaskItem Task(TaskState state, DateOnly due, DateOnly? completed)
        {
            var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
            task.LeadUnitCodes = [unit];
            task.State = state;
            task.DueDate = due;
            task.CompletedOn = completed;
            return task;
        }
        var late = Task(TaskState.Completed, new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 15));
        var overdue = Task(TaskState.InProgress, new DateOnly(2025, 10, 31), null);
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.AddRange(Task(TaskState.Completed, new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 1)), late, overdue);
            return db.SaveChangesAsync();
        });
        return (unit, late, overdue);
    }

    [Fact]
    public async Task Unit_dashboard_row_reads_completed_of_assigned_on_time_share_and_overdue_count()
    {
        var (unit, _, _) = await SeedUnitAsync();
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");

        var html = await office.GetStringAsync(new Uri("/tasks/dashboard?period=2025-Y", UriKind.Relative));
        var row = HtmlRows.RowContaining(html, $">{unit}</a>");

        Assert.Contains("<td>2/3</td>", row, StringComparison.Ordinal);
        Assert.Contains("33", row, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", row, StringComparison.Ordinal);
        Assert.Contains("hoàn thành,", html, StringComparison.Ordinal);
        Assert.Contains("<svg role=\"img\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_row_names_the_plan_and_reads_completed_of_its_tasks_and_overdue()
    {
        var plan = new PlanRecord { PlanId = Guid.NewGuid(), Number = $"{Unique.Digits(6)}/KH-UBND", Title = "Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo" };
        TaskItem Task(string annex, TaskState state, DateOnly due, DateOnly? completed) => new()
        {
            PlanId = plan.PlanId, AnnexId = annex, Title = SampleTasks.UniqueTitle(), LeadUnitCodes = ["SKHCN"], CoordinatingUnitCodes = [],
            CreatedAt = DateTimeOffset.UtcNow, State = state, DueDate = due, CompletedOn = completed,
        };
        await fixture.WithDbAsync(db =>
        {
            db.Plans.Add(plan);
            db.Tasks.AddRange(Task("1", TaskState.Completed, new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 1)),
                Task("2", TaskState.Completed, new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 15)),
                Task("3", TaskState.InProgress, new DateOnly(2025, 10, 31), null),
                Task("4", TaskState.Cancelled, new DateOnly(2025, 10, 31), null));
            return db.SaveChangesAsync();
        });
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");

        var html = await office.GetStringAsync(new Uri("/tasks/dashboard?period=2025-Y", UriKind.Relative));
        var row = HtmlRows.RowContaining(html, $"{plan.Number} – {plan.Title}");

        Assert.Contains("<td>2/3 hoàn thành, 1 quá hạn</td>", row, StringComparison.Ordinal);
        Assert.Contains("33", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_officer_may_not_open_the_dashboard()
    {
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, "SYT");

        using var response = await officer.GetAsync(new Uri("/tasks/dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Annual_report_docx_lists_the_figures_and_the_late_tasks()
    {
        var (unit, late, overdue) = await SeedUnitAsync();
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");

        using var response = await office.GetAsync(new Uri("/tasks/report.docx?period=2025-Y", UriKind.Relative));
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var document = WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("NĂM 2025", text, StringComparison.Ordinal);
        Assert.Contains(unit + "2/3", text, StringComparison.Ordinal);
        Assert.Contains(late.Title, text, StringComparison.Ordinal);
        Assert.Contains(overdue.Title, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excel_export_holds_only_the_tasks_the_unit_may_see()
    {
        var (unit, late, _) = await SeedUnitAsync();
        var (_, othersTask, _) = await SeedUnitAsync();
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, unit);

        using var response = await officer.GetAsync(new Uri("/tasks/export.xlsx", UriKind.Relative));
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var text = string.Concat(workbook.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet!.InnerText))
            + (workbook.WorkbookPart.SharedStringTablePart?.SharedStringTable?.InnerText ?? string.Empty);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(late.Title, text, StringComparison.Ordinal);
        Assert.DoesNotContain(othersTask.Title, text, StringComparison.Ordinal);
    }
}
