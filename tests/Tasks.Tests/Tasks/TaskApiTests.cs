using System.Net;
using System.Net.Http.Json;
using StPlatform.Tasks.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Tasks;

[Collection(SharedTasksService.Name)]
public sealed class TaskApiTests(TasksFixture fixture)
{
    private static readonly Uri Collection = new(TaskApi.Prefix, UriKind.Relative);

    [Fact]
    public async Task Assigned_task_is_listed_with_its_lead_and_coordinating_units_and_deadline()
    {
        using var client = fixture.CreateClient();
        var title = SampleTasks.UniqueTitle();

        using var created = await client.PostAsJsonAsync(Collection, new
        {
            title,
            leadUnitCode = "SKHCN",
            coordinatingUnitCodes = new List<string> { "STC", "SKHĐT", "UBND-TN" },
            deadline = "2025-12-31",
        });
        var listed = (await client.ReadAllPagesAsync(TaskApi.Prefix)).Single(t => t.GetProperty("title").GetString() == title);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["SKHCN"], listed.GetProperty("leadUnitCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["STC", "SKHĐT", "UBND-TN"], listed.GetProperty("coordinatingUnitCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("2025-12-31", listed.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Ongoing_task_has_no_deadline_and_may_have_no_coordinating_units()
    {
        using var client = fixture.CreateClient();
        var title = SampleTasks.UniqueTitle();

        using var created = await client.PostAsJsonAsync(Collection, new { title, leadUnitCode = "SKHCN" });
        var task = await client.GetFromJsonAsync<TaskResponse>(created.Headers.Location, JsonReading.Options);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Null(task!.Deadline);
        Assert.Empty(task.CoordinatingUnitCodes);
    }

    [Fact]
    public async Task Assignment_time_read_back_is_the_time_answered_on_creation()
    {
        using var client = fixture.CreateClient();

        using var created = await client.PostAsJsonAsync(Collection, new { title = SampleTasks.UniqueTitle(), leadUnitCode = "STC" });
        var answered = await created.Content.ReadAsync<TaskResponse>();
        var stored = await client.GetFromJsonAsync<TaskResponse>(created.Headers.Location, JsonReading.Options);

        Assert.Equal(answered.CreatedAt, stored!.CreatedAt);
    }

    [Fact]
    public async Task Task_stored_in_the_database_is_listed_by_the_api()
    {
        var title = SampleTasks.UniqueTitle();
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.Add(SampleTasks.Entity(title, DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });
        using var client = fixture.CreateClient();

        var listed = await client.ReadAllPagesAsync(TaskApi.Prefix);

        Assert.Single(listed, t => t.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task Malformed_lead_unit_and_a_unit_named_twice_are_named()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync(Collection, new
        {
            title = SampleTasks.UniqueTitle(),
            leadUnitCode = "sở khcn",
            coordinatingUnitCodes = new List<string> { "STC", "STC" },
        });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "leadUnitCode", "coordinatingUnitCodes");
    }

    [Fact]
    public async Task Lead_unit_cannot_also_coordinate_its_own_task()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync(Collection, new
        {
            title = SampleTasks.UniqueTitle(),
            leadUnitCode = "SKHCN",
            coordinatingUnitCodes = new List<string> { "SKHCN" },
        });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "coordinatingUnitCodes");
    }
}
