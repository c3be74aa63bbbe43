using System.Net;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Tasks;

[Collection(SharedTasksService.Name)]
public sealed class TaskPageTests(TasksFixture fixture)
{
    [Fact]
    public async Task Task_page_shows_a_stored_task_with_its_units_and_no_deadline_as_such()
    {
        var title = SampleTasks.UniqueTitle();
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.Add(SampleTasks.Entity(title, DateTimeOffset.UtcNow.AddYears(50)));
            return db.SaveChangesAsync();
        });
        using var client = fixture.CreateClient();

        var row = await HtmlRows.FindRowAsync(client, "/tasks", title);

        Assert.Contains("<td>STC, SNN</td>", row, StringComparison.Ordinal);
        Assert.Contains("Không có thời hạn", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_assigned_on_the_form_takes_its_coordinating_units_from_one_box()
    {
        using var client = fixture.CreateClient();
        var title = SampleTasks.UniqueTitle();

        using var response = await Forms.SubmitAsync(client, "/tasks/new",
        [
            new("title", title),
            new("leadUnitCode", "SKHCN"),
            new("coordinatingUnitCodes", "STC, SNN;SYT"),
            new("deadline", "2025-06-30"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var task = Assert.Single(await client.ReadAllPagesAsync("/api/tasks"), t => t.GetProperty("title").GetString() == title);
        Assert.Equal(["STC", "SNN", "SYT"], task.GetProperty("coordinatingUnitCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("2025-06-30", task.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Form_with_a_malformed_unit_code_is_shown_again_naming_it()
    {
        using var client = fixture.CreateClient();

        using var response = await Forms.SubmitAsync(client, "/tasks/new",
        [
            new("title", SampleTasks.UniqueTitle()),
            new("leadUnitCode", "SKHCN"),
            new("coordinatingUnitCodes", "STC, sở tài chính"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"coordinatingUnitCodes-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
    }
}
