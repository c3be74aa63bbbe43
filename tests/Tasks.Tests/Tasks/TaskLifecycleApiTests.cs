using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Tasks;
using StPlatform.Messaging.Outbox;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Tasks;

/// <summary>The lifecycle over HTTP: who may take each step, with If-Match, and what it announces.</summary>
[Collection(SharedTasksService.Name)]
public sealed class TaskLifecycleApiTests(TasksFixture fixture)
{
    private async Task<Guid> AssignAsync(string lead = "SYT", string coordinating = "STC", string deadline = "2099-12-31")
    {
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");
        using var created = await office.PostAsJsonAsync(TaskApi.Prefix,
            new { title = SampleTasks.UniqueTitle(), leadUnitCode = lead, coordinatingUnitCodes = new[] { coordinating }, deadline });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> StepAsync(HttpClient client, Guid id, string step, object? body = null)
    {
        using var read = await client.GetAsync(new Uri($"{TaskApi.Prefix}/{id}", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{TaskApi.Prefix}/{id}/{step}", UriKind.Relative))
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        if (read.Headers.ETag is { } etag)
        {
            request.Headers.IfMatch.Add(etag);
        }
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Lead_unit_reports_done_and_the_task_office_confirms_which_announces_the_completion()
    {
        var id = await AssignAsync();
        using var lead = fixture.CreateClient(PlatformRoles.UnitOfficer, "SYT");
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");

        using var reported = await StepAsync(lead, id, "report-done", new { evidence = "Quyết định phê duyệt số 15/QĐ-SYT" });
        using var confirmed = await StepAsync(office, id, "confirm");
        var task = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        var announced = await fixture.WithDbAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.Type.StartsWith(typeof(TaskCompleted).FullName!)).Select(m => m.Body).ToListAsync());

        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("completedOnTime", task.GetProperty("standing").GetString());
        var completed = JsonDocument.Parse(Assert.Single(announced, body => body.Contains(id.ToString(), StringComparison.Ordinal))).RootElement;
        Assert.True(completed.GetProperty("onTime").GetBoolean());
    }

    [Fact]
    public async Task Coordinating_unit_cannot_confirm_nor_report_done_and_gets_a_403_problem()
    {
        var id = await AssignAsync();
        using var lead = fixture.CreateClient(PlatformRoles.UnitOfficer, "SYT");
        using var coordinator = fixture.CreateClient(PlatformRoles.UnitOfficer, "STC");
        (await StepAsync(lead, id, "report-done", new { evidence = "Báo cáo số 3" })).Dispose();

        using var confirm = await StepAsync(coordinator, id, "confirm");
        using var reportDone = await StepAsync(coordinator, id, "report-done", new { evidence = "Xong" });
        using var reportNothing = await StepAsync(coordinator, id, "report-done", new { evidence = "" });

        await ProblemAssert.IsProblemAsync(confirm, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(reportDone, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(reportNothing, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_units_officer_cannot_even_see_the_task_to_act_on_it()
    {
        var id = await AssignAsync();
        using var stranger = fixture.CreateClient(PlatformRoles.UnitOfficer, "SCT");

        using var response = await StepAsync(stranger, id, "acknowledge");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Step_without_If_Match_is_428_and_with_a_stale_one_is_412()
    {
        var id = await AssignAsync();
        using var lead = fixture.CreateClient(PlatformRoles.UnitOfficer, "SYT");
        using var read = await lead.GetAsync(new Uri($"{TaskApi.Prefix}/{id}", UriKind.Relative));
        var stale = read.Headers.ETag!;
        (await StepAsync(lead, id, "acknowledge")).Dispose();

        using var missing = await lead.PostAsJsonAsync(new Uri($"{TaskApi.Prefix}/{id}/start", UriKind.Relative), new { });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{TaskApi.Prefix}/{id}/start", UriKind.Relative));
        request.Headers.IfMatch.Add(stale);
        using var outdated = await lead.SendAsync(request);

        await ProblemAssert.IsProblemAsync(missing, (HttpStatusCode)428);
        await ProblemAssert.IsProblemAsync(outdated, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Office_returns_with_a_reason_and_extends_the_deadline_and_the_history_keeps_both()
    {
        var id = await AssignAsync(deadline: "2099-06-30");
        using var lead = fixture.CreateClient(PlatformRoles.UnitOfficer, "SYT");
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");
        (await StepAsync(lead, id, "report-done", new { evidence = "Dự thảo đề án" })).Dispose();

        using var noReason = await StepAsync(office, id, "return", new { reason = "" });
        using var returned = await StepAsync(office, id, "return", new { reason = "Chưa có ý kiến của Sở Tài chính" });
        using var extended = await StepAsync(office, id, "extend", new { dueDate = "2099-09-30", reason = "Chờ ý kiến thẩm định" });
        var history = await lead.GetFromJsonAsync<JsonElement>(new Uri($"{TaskApi.Prefix}/{id}/history", UriKind.Relative));

        await ProblemAssert.NamesFieldsAsync(noReason, HttpStatusCode.BadRequest, "reason");
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("2099-09-30", (await extended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deadline").GetString());
        Assert.Equal(["assigned", "reportedDone", "returned", "extended"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("2099-06-30", history[3].GetProperty("previousDueDate").GetString());
    }
}
