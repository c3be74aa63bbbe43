using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Tasks;

[Collection(SharedTasksService.Name)]
public sealed class TaskListTests(TasksFixture fixture)
{
    private async Task<TaskItem> SeedAsync(string lead, DateOnly? due, TaskState state = TaskState.InProgress)
    {
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
        task.LeadUnitCodes = [lead];
        task.DueDate = due;
        task.State = state;
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.Add(task);
            return db.SaveChangesAsync();
        });
        return task;
    }

    [Fact]
    public async Task My_tasks_list_the_overdue_ones_first_then_by_nearest_deadline()
    {
        var later = await SeedAsync("UBND-KA", new DateOnly(2099, 1, 1));
        var overdue = await SeedAsync("UBND-KA", new DateOnly(2020, 1, 1));
        var sooner = await SeedAsync("UBND-KA", new DateOnly(2098, 1, 1));
        using var client = fixture.CreateClient(PlatformRoles.UnitOfficer, "UBND-KA");

        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"{TaskApi.Prefix}/mine?pageSize=100", UriKind.Relative));
        var ids = page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();

        Assert.True(ids.IndexOf(overdue.Id) < ids.IndexOf(sooner.Id));
        Assert.True(ids.IndexOf(sooner.Id) < ids.IndexOf(later.Id));
        Assert.Equal("openOverdue", page.GetProperty("items")[ids.IndexOf(overdue.Id)].GetProperty("standing").GetString());
    }

    [Fact]
    public async Task List_filters_by_unit_and_derived_status()
    {
        var overdue = await SeedAsync("UBND-VB", new DateOnly(2020, 1, 1));
        var open = await SeedAsync("UBND-VB", new DateOnly(2099, 1, 1));
        using var client = fixture.CreateClient();

        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"{TaskApi.Prefix}?unit=UBND-VB&status=openOverdue&pageSize=100", UriKind.Relative));
        var ids = page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();

        Assert.Contains(overdue.Id, ids);
        Assert.DoesNotContain(open.Id, ids);
    }

    [Fact]
    public async Task A_units_tasks_are_found_by_array_overlap_which_the_gin_indexes_serve()
    {
        var sql = await fixture.WithDbAsync(db => Task.FromResult(db.Tasks.Involving("SKHCN").ToQueryString()));

        Assert.Contains("lead_unit_codes && ", sql, StringComparison.Ordinal);
        Assert.Contains("coordinating_unit_codes && ", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_a_task_without_diacritics()
    {
        var task = await SeedAsync("SKHCN", null);
        using var client = fixture.CreateClient();

        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"{TaskApi.Prefix}?q=xay%20dung%20co%20so%20du%20lieu&pageSize=100", UriKind.Relative));

        Assert.Contains(task.Id, page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
    }

    [Theory]
    [InlineData("status=late", "status")]
    [InlineData("period=2025-H9", "period")]
    public async Task Unknown_filter_value_is_a_validation_problem_naming_it(string query, string field)
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri($"{TaskApi.Prefix}?{query}", UriKind.Relative));

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Repeated_create_with_the_same_idempotency_key_assigns_once()
    {
        using var client = fixture.CreateClient();
        var title = SampleTasks.UniqueTitle();
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> PostAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(TaskApi.Prefix, UriKind.Relative))
            {
                Content = JsonContent.Create(new { title, leadUnitCode = "SKHCN" }),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }
        using var first = await PostAsync();
        using var second = await PostAsync();
        var listed = await client.GetFromJsonAsync<JsonElement>(new Uri($"{TaskApi.Prefix}?q={Uri.EscapeDataString(title)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());
    }
}
