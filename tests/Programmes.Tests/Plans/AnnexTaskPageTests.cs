using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using StPlatform.Contracts.Programmes;
using StPlatform.Programmes.Tests.Attachments;
using StPlatform.Programmes.Tests.Documents;

namespace StPlatform.Programmes.Tests.Plans;

/// <summary>An annex task's own page: corrected or cancelled, each an amendment of the issued plan.</summary>
[Collection(SharedProgrammesService.Name)]
public sealed class AnnexTaskPageTests(ProgrammesFixture fixture)
{
    private static readonly object Annex = new
    {
        tasks = new object[]
        {
            new { title = "Xây dựng Chương trình KH&CN biển thành phố Hải Phòng đến năm 2030", section = "III.2", leadUnitCodes = new[] { "SKHCN" }, coordinatingUnitCodes = new[] { "SNNPTNT" }, deadline = new { kind = "quarter", dueDate = "2024-10-01" } },
            new { title = "Tham mưu ban hành văn bản quy phạm pháp luật về KH&CN", recurrence = "sixMonthly" },
        },
    };

    [Fact]
    public async Task Task_of_an_issued_plan_is_moved_then_cancelled_on_its_page_each_time_as_a_numbered_amendment()
    {
        var (client, planId, document) = await IssuedPlanAsync();
        using var _ = client;

        var form = await client.GetStringAsync(new Uri($"{document}/annex/1", UriKind.Relative));
        using var moved = await SubmitAsync(client, $"{document}/annex/1",
        [
            new("title", "Xây dựng Chương trình KH&CN biển thành phố Hải Phòng đến năm 2030"), new("section", "III.2"),
            new("leadUnitCodes", "SKHCN"), new("coordinatingUnitCodes", "SNNPTNT, STC"), new("deadlineKind", "quarter"),
            new("dueDate", "2025-02-01"), new("recurrence", ""), new("reason", "Gia hạn theo Văn bản số 45/UBND-KT"),
        ]);
        using var withoutReason = await SubmitAsync(client, $"{document}/annex/1?handler=Cancel", [new("reason", "")]);
        using var cancelled = await SubmitAsync(client, $"{document}/annex/1?handler=Cancel", [new("reason", "Nhiệm vụ đã lồng ghép vào Kế hoạch 110/KH-UBND")]);
        var page = await client.GetStringAsync(new Uri(document, UriKind.Relative));
        var amendments = await OutboxEvents.OfTypeAsync<PlanAmended>(fixture, e => e.PlanId == planId);
        var annex = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/programmes/{planId}/annex", UriKind.Relative));

        Assert.Contains("value=\"SNNPTNT\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("<p id=\"reason-error\" class=\"error\">", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal([1, 2], amendments.Select(a => a.AmendmentNumber));
        Assert.Equal("Quý I/2025", Assert.Single(amendments[0].TasksChanged).Deadline!.Label);
        Assert.Equal(["1"], amendments[1].TasksCancelled);
        Assert.Contains("Hủy nhiệm vụ / Task cancelled 1: Xây dựng Chương trình KH&amp;CN biển", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{document}/annex/1\"", page, StringComparison.Ordinal);
        Assert.True(annex.EnumerateArray().Single(t => t.GetProperty("annexId").GetString() == "1").GetProperty("cancelled").GetBoolean());
    }

    [Fact]
    public async Task Task_page_of_a_task_the_annex_does_not_have_is_not_found()
    {
        var (client, _, document) = await IssuedPlanAsync();
        using var _ = client;

        using var unknown = await client.GetAsync(new Uri($"{document}/annex/99", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<(HttpClient Client, Guid PlanId, string Document)> IssuedPlanAsync()
    {
        var client = fixture.CreateClient();
        var (location, etag, body) = await SampleDocuments.CreateAsync(client);
        using var annexed = await SampleDocuments.SendAsync(client, HttpMethod.Put, $"{location}/annex", Annex, etag);
        using var issued = await SampleDocuments.SendAsync(client, HttpMethod.Post, $"{location}/issue", null, annexed.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var id = body.GetProperty("id").GetGuid();
        return (client, id, $"/programmes/{id}");
    }

    /// <summary>Opens the task's page, then posts <paramref name="fields"/> to <paramref name="action"/> with its token and version.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string action, KeyValuePair<string, string>[] fields)
    {
        var page = await client.GetStringAsync(new Uri(action.Split('?')[0], UriKind.Relative));
        var version = Regex.Match(page, """name="version" value="(\d+)" """.TrimEnd()).Groups[1].Value;
        using var content = new FormUrlEncodedContent([.. fields, new("version", version), new("__RequestVerificationToken", SampleFiles.AntiforgeryTokenOf(page))]);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }
}
