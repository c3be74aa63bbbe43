using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Tasks;

/// <summary>A unit's tasks are its own: another unit's officer neither lists, reads nor assigns them.</summary>
[Collection(SharedTasksService.Name)]
public sealed class TaskAccessTests(TasksFixture fixture)
{
    private async Task<TaskItem> SeedAsync(string lead, params string[] coordinating)
    {
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
        task.LeadUnitCodes = [lead];
        task.CoordinatingUnitCodes = [.. coordinating];
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.Add(task);
            return db.SaveChangesAsync();
        });
        return task;
    }

    [Theory]
    [InlineData("SYT", HttpStatusCode.OK)]
    [InlineData("STC", HttpStatusCode.OK)]
    [InlineData("SCT", HttpStatusCode.NotFound)]
    public async Task Unit_officer_reads_a_task_only_when_their_unit_leads_or_coordinates_it(string unit, HttpStatusCode expected)
    {
        var task = await SeedAsync("SYT", "STC");
        using var client = fixture.CreateClient(PlatformRoles.UnitOfficer, unit);

        using var response = await client.GetAsync(new Uri($"{TaskApi.Prefix}/{task.Id}", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Unit_officer_lists_and_sees_on_the_page_only_their_units_tasks()
    {
        var own = await SeedAsync("UBND-LC");
        var other = await SeedAsync("UBND-NQ");
        using var client = fixture.CreateClient(PlatformRoles.UnitOfficer, "UBND-LC");

        var listed = await client.GetStringAsync(new Uri($"{TaskApi.Prefix}?pageSize=100", UriKind.Relative));
        var page = await client.GetStringAsync(new Uri("/tasks", UriKind.Relative));

        Assert.Contains(own.Title, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Title, listed, StringComparison.Ordinal);
        Assert.Contains(own.Title, page, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Title, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task City_leadership_viewer_reads_every_units_task()
    {
        var task = await SeedAsync("UBND-TN");
        using var client = fixture.CreateClient(PlatformRoles.Viewer, "SKHCN");

        using var response = await client.GetAsync(new Uri($"{TaskApi.Prefix}/{task.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Unit_officer_may_not_assign_tasks_and_is_told_so_as_a_problem()
    {
        using var client = fixture.CreateClient(PlatformRoles.UnitOfficer, "STC");
        var title = SampleTasks.UniqueTitle();

        using var response = await client.PostAsJsonAsync(TaskApi.Prefix, new { title, leadUnitCode = "STC" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Tasks.CountAsync(t => t.Title == title)));
    }

    [Fact]
    public async Task Anonymous_caller_gets_a_401_problem_for_the_list_and_the_page()
    {
        using var client = fixture.CreateAnonymousClient();

        using var api = await client.GetAsync(new Uri(TaskApi.Prefix, UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/tasks", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(api, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(page, HttpStatusCode.Unauthorized);
    }
}
