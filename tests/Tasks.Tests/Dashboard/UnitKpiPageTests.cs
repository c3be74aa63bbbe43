using System.Net;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;
using StPlatform.Tasks.Tests.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Dashboard;

[Collection(SharedTasksService.Name)]
public sealed class UnitKpiPageTests(TasksFixture fixture)
{
    /// <summary>
    /// A unit of its own leading four tasks due in 2025: one completed on time, one completed late,
    /// one overdue, one cancelled (not counted); coordinating one more (not its KPI); two reports, one late.
    /// </summary>
    private async Task<string> SeedUnitAsync()
    {
        var unit = $"UBND-{Unique.Digits(8)}";
        TaskItem Task(TaskState state, DateOnly due, DateOnly? completed)
        {
            var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
            task.LeadUnitCodes = [unit];
            (task.State, task.DueDate, task.CompletedOn) = (state, due, completed);
            return task;
        }
        var coordinated = Task(TaskState.InProgress, new DateOnly(2025, 8, 31), null);
        (coordinated.LeadUnitCodes, coordinated.CoordinatingUnitCodes) = (["SKHCN"], [unit]);
        var reported = Task(TaskState.Completed, new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 1));
        ProgressReport Report(DateOnly submitted) => new()
        {
            TaskId = reported.Id, PeriodKey = "2025-Y", PeriodLabel = "Năm 2025", DueDate = new DateOnly(2025, 11, 20), UnitCode = unit,
            Content = "Báo cáo kết quả thực hiện", SubmittedBy = "officer", SubmittedAt = DateTimeOffset.UtcNow, SubmittedOn = submitted,
        };
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.AddRange(reported, Task(TaskState.Completed, new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 15)),
                Task(TaskState.InProgress, new DateOnly(2025, 10, 31), null), Task(TaskState.Cancelled, new DateOnly(2025, 10, 31), null), coordinated);
            db.ProgressReports.AddRange(Report(new DateOnly(2025, 11, 10)));
            return db.SaveChangesAsync();
        });
        await fixture.WithDbAsync(db =>
        {
            // A second report for another period of the same task, submitted late.
            db.ProgressReports.Add(new ProgressReport
            {
                TaskId = reported.Id, PeriodKey = "2025-H1", PeriodLabel = "6 tháng đầu năm 2025", DueDate = new DateOnly(2025, 6, 15), UnitCode = unit,
                Content = "Báo cáo sơ kết", SubmittedBy = "officer", SubmittedAt = DateTimeOffset.UtcNow, SubmittedOn = new DateOnly(2025, 7, 1),
            });
            return db.SaveChangesAsync();
        });
        return unit;
    }

    private static string Kpi(string html, string name)
    {
        var start = html.IndexOf($"data-kpi=\"{name}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page shows no {name} figure.");
        start = html.IndexOf('>', start) + 1;
        return html[start..html.IndexOf("</dd>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Units_officer_sees_its_share_on_time_overdue_count_and_reports_on_time()
    {
        var unit = await SeedUnitAsync();
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, unit);

        var html = await officer.GetStringAsync(new Uri($"/tasks/units/{unit}", UriKind.Relative));

        Assert.Contains("2/3 hoàn thành, 1 quá hạn", html, StringComparison.Ordinal);
        Assert.StartsWith("33", Kpi(html, "on-time"), StringComparison.Ordinal);
        Assert.EndsWith("(1/3)", Kpi(html, "on-time"), StringComparison.Ordinal);
        Assert.Equal("1", Kpi(html, "overdue"));
        Assert.StartsWith("1/2", Kpi(html, "reports"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_page_for_one_period_counts_that_periods_tasks_and_reports()
    {
        var unit = await SeedUnitAsync();
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, unit);

        var html = await officer.GetStringAsync(new Uri($"/tasks/units/{unit}?period=2025-H1", UriKind.Relative));

        Assert.Contains("0/0 hoàn thành, 0 quá hạn", html, StringComparison.Ordinal);
        Assert.StartsWith("0/1", Kpi(html, "reports"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_page_figures_match_the_units_row_on_the_office_dashboard()
    {
        var unit = await SeedUnitAsync();
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");

        var page = await office.GetStringAsync(new Uri($"/tasks/units/{unit}", UriKind.Relative));
        var row = HtmlRows.RowContaining(await office.GetStringAsync(new Uri("/tasks/dashboard", UriKind.Relative)), $">{unit}</a>");

        Assert.Contains("<td>2/3</td>", row, StringComparison.Ordinal);
        Assert.Contains("<td>1/2</td>", row, StringComparison.Ordinal);
        Assert.Contains("2/3 hoàn thành, 1 quá hạn", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_units_officer_may_not_open_the_units_page()
    {
        var unit = await SeedUnitAsync();
        using var stranger = fixture.CreateClient(PlatformRoles.UnitOfficer, "SYT");

        using var response = await stranger.GetAsync(new Uri($"/tasks/units/{unit}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
