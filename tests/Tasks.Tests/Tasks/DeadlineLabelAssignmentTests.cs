using System.Net;
using System.Net.Http.Json;
using StPlatform.Tasks.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Tasks;

[Collection(SharedTasksService.Name)]
public sealed class DeadlineLabelAssignmentTests(TasksFixture fixture)
{
    [Fact]
    public async Task Task_assigned_by_the_api_for_a_quarter_is_due_on_its_last_day()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync(TaskApi.Prefix, new { title = SampleTasks.UniqueTitle(), leadUnitCode = "STTTT", deadline = "Quý II/2025" });
        var task = await response.Content.ReadAsync<TaskResponse>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(new DateOnly(2025, 6, 30), task.Deadline);
        Assert.Equal("Quý II/2025", task.DeadlineLabel);
        Assert.Equal("Quý II/2025 (30/06/2025)", Labels.Deadline(task));
    }

    [Fact]
    public async Task Task_assigned_by_the_api_for_a_year_is_due_on_31_december()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync(TaskApi.Prefix, new { title = SampleTasks.UniqueTitle(), leadUnitCode = "STTTT", deadline = "Năm 2025" });
        var task = await response.Content.ReadAsync<TaskResponse>();

        Assert.Equal(new DateOnly(2025, 12, 31), task.Deadline);
        Assert.Equal("Năm 2025", task.DeadlineLabel);
    }

    [Fact]
    public async Task Deadline_that_is_no_date_quarter_or_year_is_named()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync(TaskApi.Prefix, new { title = SampleTasks.UniqueTitle(), leadUnitCode = "STTTT", deadline = "Quý V/2025" });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "deadline");
    }

    [Fact]
    public async Task Task_assigned_on_the_form_for_a_quarter_shows_its_label_and_last_day()
    {
        using var client = fixture.CreateClient();
        var title = SampleTasks.UniqueTitle();

        using var response = await Forms.SubmitAsync(client, "/tasks/new",
            [new("title", title), new("leadUnitCode", "SKHCN"), new("deadline", "Quý II/2025")]);
        var row = await HtmlRows.FindRowAsync(client, "/tasks", title);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Quý II/2025 (30/06/2025)", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_with_an_unreadable_deadline_is_shown_again_naming_it()
    {
        using var client = fixture.CreateClient();

        using var response = await Forms.SubmitAsync(client, "/tasks/new",
            [new("title", SampleTasks.UniqueTitle()), new("leadUnitCode", "SKHCN"), new("deadline", "cuối quý")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"deadline-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"cuối quý\"", html, StringComparison.Ordinal);
    }
}
