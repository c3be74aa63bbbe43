using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using StPlatform.Contracts.Programmes;
using StPlatform.Programmes.Tests.Attachments;
using StPlatform.Programmes.Tests.Documents;

namespace StPlatform.Programmes.Tests.Plans;

/// <summary>The plan page's "add a task" form, posted as a browser without JavaScript posts it.</summary>
[Collection(SharedProgrammesService.Name)]
public sealed class AnnexPageTests(ProgrammesFixture fixture)
{
    private static readonly KeyValuePair<string, string>[] Centre =
    [
        new("title", "Xây dựng Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo"), new("section", "II.1"),
        new("leadUnitCodes", "SKHCN"), new("coordinatingUnitCodes", "STC, SKHDT"), new("deadlineKind", "quarter"),
        new("dueDate", "2025-05-01"), new("recurrence", ""), new("expectedProduct", "Đề án trình UBND thành phố"),
    ];

    [Fact]
    public async Task Task_added_to_a_draft_plan_on_its_form_is_in_the_annex_with_its_quarter_and_in_the_history()
    {
        using var client = fixture.CreateClient();
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        var document = $"/programmes/{body.GetProperty("id").GetGuid()}";

        var offered = await client.GetStringAsync(new Uri(document, UriKind.Relative));
        using var response = await SubmitAsync(client, document, Centre);
        var page = await client.GetStringAsync(new Uri(document, UriKind.Relative));
        var annex = await client.GetFromJsonAsync<JsonElement>(new Uri($"{location}/annex", UriKind.Relative));

        Assert.Contains($"href=\"{document}/annex/new\"", offered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Đã thêm nhiệm vụ 1: Xây dựng Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo.", page, StringComparison.Ordinal);
        Assert.Contains("<td>Quý II/2025</td>", page, StringComparison.Ordinal);
        Assert.Contains("Thêm nhiệm vụ / Task added 1: Xây dựng Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo", page, StringComparison.Ordinal);
        var task = Assert.Single(annex.EnumerateArray());
        Assert.Equal(["STC", "SKHDT"], task.GetProperty("coordinatingUnitCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("2025-06-30", task.GetProperty("deadline").GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Task_added_to_an_issued_plan_needs_a_reason_and_is_announced_as_an_amendment()
    {
        using var client = fixture.CreateClient();
        var (location, etag, body) = await SampleDocuments.CreateAsync(client);
        var planId = body.GetProperty("id").GetGuid();
        var document = $"/programmes/{planId}";
        using var issued = await SampleDocuments.SendAsync(client, HttpMethod.Post, $"{location}/issue", null, etag);

        using var withoutReason = await SubmitAsync(client, document, Centre);
        var refused = await withoutReason.Content.ReadAsStringAsync();
        using var amended = await SubmitAsync(client, document, [.. Centre, new("reason", "Bổ sung theo Thông báo kết luận số 12/TB-UBND")]);
        var page = await client.GetStringAsync(new Uri(document, UriKind.Relative));
        var published = Assert.Single(await OutboxEvents.OfTypeAsync<PlanAmended>(fixture, e => e.PlanId == planId));

        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("<p id=\"reason-error\" class=\"error\">", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        Assert.Contains("Bổ sung theo Thông báo kết luận số 12/TB-UBND", page, StringComparison.Ordinal);
        Assert.Equal(1, published.AmendmentNumber);
        Assert.Equal(["1"], published.TasksAdded.Select(t => t.AnnexId));
        Assert.Equal("Quý II/2025", published.TasksAdded[0].Deadline!.Label);
    }

    [Fact]
    public async Task Task_form_with_mistakes_or_from_a_stale_page_marks_each_field_and_adds_nothing()
    {
        using var client = fixture.CreateClient();
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        var document = $"/programmes/{body.GetProperty("id").GetGuid()}";

        using var wrong = await SubmitAsync(client, document,
            [new("title", " "), new("leadUnitCodes", "Sở KH&CN"), new("deadlineKind", "year"), new("dueDate", "2025-01-01"), new("recurrence", "yearly")]);
        using var badDate = await SubmitAsync(client, document, [new("title", "Nhiệm vụ"), new("dueDate", "quý 2")]);
        using var stale = await SubmitAsync(client, document, Centre, version: "1");
        var html = await wrong.Content.ReadAsStringAsync();
        var annex = await client.GetFromJsonAsync<JsonElement>(new Uri($"{location}/annex", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("<p id=\"title-error\" class=\"error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"leadUnitCodes-error\" class=\"error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"recurrence-error\" class=\"error\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Sở KH&amp;CN\"", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"dueDate-error\" class=\"error\">", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Kế hoạch vừa được người khác sửa", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, annex.GetArrayLength());
    }

    /// <summary>Opens the form, then posts <paramref name="fields"/> with its token and the version it shows (or <paramref name="version"/>).</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string document, KeyValuePair<string, string>[] fields, string? version = null)
    {
        var form = new Uri($"{document}/annex/new", UriKind.Relative);
        var page = await client.GetStringAsync(form);
        version ??= Regex.Match(page, """name="version" value="(\d+)" """.TrimEnd()).Groups[1].Value;
        using var content = new FormUrlEncodedContent([.. fields, new("version", version), new("__RequestVerificationToken", SampleFiles.AntiforgeryTokenOf(page))]);
        return await client.PostAsync(form, content);
    }
}
