using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.Contracts.Programmes;
using StPlatform.Programmes.Documents;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Documents;

[Collection(SharedProgrammesService.Name)]
public sealed class DocumentLifecycleApiTests(ProgrammesFixture fixture)
{
    private static readonly object Annex = new
    {
        tasks = new object[]
        {
            new { title = "Xây dựng Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo", section = "II.1", leadUnitCodes = new[] { "SKHCN" }, coordinatingUnitCodes = new[] { "STC", "SKHDT" }, deadline = new { kind = "quarter", dueDate = "2025-05-01" }, expectedProduct = "Đề án trình UBND" },
            new { title = "Tuyên truyền về khởi nghiệp", recurrence = "sixMonthly" },
        },
    };

    [Fact]
    public async Task Write_without_If_Match_is_428_and_with_a_stale_version_is_412()
    {
        using var client = fixture.CreateClient();
        var (location, etag, _) = await SampleDocuments.CreateAsync(client);
        var changed = SampleDocuments.Request(SampleDocuments.UniqueTitle());

        using var missing = await SampleDocuments.SendAsync(client, HttpMethod.Put, location.OriginalString, changed, null);
        using var first = await SampleDocuments.SendAsync(client, HttpMethod.Put, location.OriginalString, changed, etag);
        using var stale = await SampleDocuments.SendAsync(client, HttpMethod.Put, location.OriginalString, SampleDocuments.Request("Khác"), etag);

        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);
        await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Repeated_create_with_the_same_Idempotency_Key_registers_one_document()
    {
        using var client = fixture.CreateClient();
        var title = SampleDocuments.UniqueTitle();
        client.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());

        using var first = await client.PostAsJsonAsync(new Uri(ProgrammeDocumentApi.Prefix, UriKind.Relative), SampleDocuments.Request(title));
        using var again = await client.PostAsJsonAsync(new Uri(ProgrammeDocumentApi.Prefix, UriKind.Relative), SampleDocuments.Request(title));

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Single(await client.ReadAllPagesAsync(ProgrammeDocumentApi.Prefix), d => d.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task Issuing_a_plan_publishes_PlanIssued_with_its_whole_annex()
    {
        using var client = fixture.CreateClient();
        var (location, etag, _) = await SampleDocuments.CreateAsync(client);
        using var annexed = await SampleDocuments.SendAsync(client, HttpMethod.Put, $"{location}/annex", Annex, etag);
        Assert.Equal(HttpStatusCode.OK, annexed.StatusCode);

        using var issued = await SampleDocuments.SendAsync(client, HttpMethod.Post, $"{location}/issue", null, annexed.Headers.ETag!.Tag);
        var planId = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var published = Assert.Single(await OutboxEvents.OfTypeAsync<PlanIssued>(fixture, e => e.PlanId == planId));

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal(["1", "2"], published.Tasks.Select(t => t.AnnexId));
        Assert.Equal(new TaskDeadline(DeadlineKind.Quarter, new DateOnly(2025, 6, 30), "Quý II/2025"), published.Tasks[0].Deadline);
        Assert.Equal(["STC", "SKHDT"], published.Tasks[0].CoordinatingUnitCodes);
        Assert.Empty(published.Tasks[1].LeadUnitCodes);
        Assert.Equal(ReportingPeriod.SixMonthly, published.Tasks[1].Recurrence);
    }

    [Fact]
    public async Task Amending_an_issued_plan_needs_a_reason_publishes_PlanAmended_and_keeps_the_change_in_history()
    {
        using var client = fixture.CreateClient();
        var (location, etag, _) = await SampleDocuments.CreateAsync(client);
        using var annexed = await SampleDocuments.SendAsync(client, HttpMethod.Put, $"{location}/annex", Annex, etag);
        using var issued = await SampleDocuments.SendAsync(client, HttpMethod.Post, $"{location}/issue", null, annexed.Headers.ETag!.Tag);
        var planId = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var amendment = new
        {
            reason = "Bổ khuyết nhiệm vụ 6 tháng cuối năm",
            tasks = new object[] { new { annexId = "1", title = "Xây dựng Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo", leadUnitCodes = new[] { "SKHCN" } }, new { title = "Nhiệm vụ bổ khuyết" } },
        };

        using var withoutReason = await SampleDocuments.SendAsync(client, HttpMethod.Put, $"{location}/annex", new { amendment.tasks }, issued.Headers.ETag!.Tag);
        using var amended = await SampleDocuments.SendAsync(client, HttpMethod.Put, $"{location}/annex", amendment, issued.Headers.ETag!.Tag);
        await ProblemAssert.NamesFieldsAsync(withoutReason, HttpStatusCode.BadRequest, "reason");
        var published = Assert.Single(await OutboxEvents.OfTypeAsync<PlanAmended>(fixture, e => e.PlanId == planId));
        var history = await client.GetFromJsonAsync<JsonElement>(new Uri($"{location}/history", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.Equal(1, published.AmendmentNumber);
        Assert.Equal(["3"], published.TasksAdded.Select(t => t.AnnexId));
        Assert.Equal(["1"], published.TasksChanged.Select(t => t.AnnexId));
        Assert.Equal(["2"], published.TasksCancelled);
        var last = history.EnumerateArray().Last();
        Assert.Equal("amended", last.GetProperty("action").GetString());
        Assert.Equal(1, last.GetProperty("amendmentNumber").GetInt32());
        Assert.Contains(last.GetProperty("changes").EnumerateArray(), c => c.GetString()!.Contains("Nhiệm vụ bổ khuyết", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Amendment_without_a_reason_is_refused_naming_reason()
    {
        using var client = fixture.CreateClient();
        var (location, etag, _) = await SampleDocuments.CreateAsync(client, kind: "strategy");
        using var issued = await SampleDocuments.SendAsync(client, HttpMethod.Post, $"{location}/issue", null, etag);

        using var response = await SampleDocuments.SendAsync(client, HttpMethod.Put, location.OriginalString,
            SampleDocuments.Request(SampleDocuments.UniqueTitle(), "strategy"), issued.Headers.ETag!.Tag);

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "reason");
    }

    [Fact]
    public async Task Annex_task_with_bad_unit_codes_and_both_deadline_and_recurrence_is_named_by_path()
    {
        using var client = fixture.CreateClient();
        var (location, etag, _) = await SampleDocuments.CreateAsync(client);
        var annex = new { tasks = new object[] { new { title = "", leadUnitCodes = new[] { "sở khcn" }, deadline = new { kind = "year", dueDate = "2025-01-01" }, recurrence = "yearly" } } };

        using var response = await SampleDocuments.SendAsync(client, HttpMethod.Put, $"{location}/annex", annex, etag);

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "tasks[0].title", "tasks[0].leadUnitCodes", "tasks[0].recurrence");
    }

    [Fact]
    public async Task Drafts_are_hidden_from_anonymous_readers_and_issued_documents_are_public()
    {
        using var client = fixture.CreateClient();
        using var anonymous = fixture.CreateAnonymousClient();
        var (location, etag, _) = await SampleDocuments.CreateAsync(client);

        using var draft = await anonymous.GetAsync(location);
        using var issued = await SampleDocuments.SendAsync(client, HttpMethod.Post, $"{location}/issue", null, etag);
        using var published = await anonymous.GetAsync(location);

        await ProblemAssert.IsProblemAsync(draft, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("issued", (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }
}
