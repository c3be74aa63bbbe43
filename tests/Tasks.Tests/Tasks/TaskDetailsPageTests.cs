using System.Net;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Tasks;

/// <summary>The task page without JavaScript: plain forms, POST-redirect-GET.</summary>
[Collection(SharedTasksService.Name)]
public sealed class TaskDetailsPageTests(TasksFixture fixture)
{
    private async Task<TaskItem> SeedAsync(TaskState state = TaskState.InProgress)
    {
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
        task.LeadUnitCodes = ["SXD"];
        task.CoordinatingUnitCodes = ["SGTVT"];
        task.DueDate = new DateOnly(2099, 12, 31);
        task.State = state;
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.Add(task);
            return db.SaveChangesAsync();
        });
        return task;
    }

    [Fact]
    public async Task Lead_units_officer_submits_a_report_on_the_form_and_sees_it_on_the_page()
    {
        var task = await SeedAsync();
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, "SXD");

        using var response = await Forms.SubmitAsync(officer, $"/tasks/{task.Id}?handler=Report",
            [new("period", "2025-Y"), new("content", "Hoàn thành khảo sát hiện trạng hạ tầng số")]);
        var page = await officer.GetStringAsync(new Uri($"/tasks/{task.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Hoàn thành khảo sát hiện trạng hạ tầng số", page, StringComparison.Ordinal);
        Assert.Contains("Năm 2025: Chậm / Late", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_form_without_content_is_shown_again_naming_the_field()
    {
        var task = await SeedAsync();
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, "SXD");

        using var response = await Forms.SubmitAsync(officer, $"/tasks/{task.Id}?handler=Report", [new("period", "2025-Y"), new("content", "")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"content-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_office_sees_confirm_on_a_reported_task_and_a_coordinating_unit_does_not()
    {
        var task = await SeedAsync(TaskState.ReportedDone);
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");
        using var coordinator = fixture.CreateClient(PlatformRoles.UnitOfficer, "SGTVT");

        var officePage = await office.GetStringAsync(new Uri($"/tasks/{task.Id}", UriKind.Relative));
        var coordinatorPage = await coordinator.GetStringAsync(new Uri($"/tasks/{task.Id}", UriKind.Relative));
        using var confirmed = await Forms.SubmitAsync(office, $"/tasks/{task.Id}?handler=Step",
            [new("step", "confirm"), new("version", VersionOf(officePage))]);
        var after = await office.GetStringAsync(new Uri($"/tasks/{task.Id}", UriKind.Relative));

        Assert.Contains("Xác nhận hoàn thành", officePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Xác nhận hoàn thành", coordinatorPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("Hoàn thành đúng hạn", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_units_officer_gets_404_for_the_task_page()
    {
        var task = await SeedAsync();
        using var stranger = fixture.CreateClient(PlatformRoles.UnitOfficer, "SCT");

        using var response = await stranger.GetAsync(new Uri($"/tasks/{task.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task My_tasks_page_shows_the_units_role_and_overdue_first()
    {
        var task = await SeedAsync();
        using var coordinator = fixture.CreateClient(PlatformRoles.UnitOfficer, "SGTVT");

        var row = await HtmlRows.FindRowAsync(coordinator, "/tasks/mine", task.Title);

        Assert.Contains("Phối hợp / Coordinating", row, StringComparison.Ordinal);
    }

    private static string VersionOf(string html)
    {
        const string marker = "name=\"version\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return html[start..html.IndexOf('"', start)];
    }
}
