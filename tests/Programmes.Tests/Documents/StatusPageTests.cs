using System.Net;
using System.Text.RegularExpressions;
using StPlatform.Programmes.Tests.Attachments;

namespace StPlatform.Programmes.Tests.Documents;

/// <summary>Reviews and closing recorded on the document's status form, without JavaScript.</summary>
[Collection(SharedProgrammesService.Name)]
public sealed class StatusPageTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Mid_term_review_recorded_on_the_form_shows_on_the_document_page_and_in_its_history()
    {
        using var client = fixture.CreateClient();
        var (location, etag, body) = await SampleDocuments.CreateAsync(client);
        var document = $"/programmes/{body.GetProperty("id").GetGuid()}";
        using var issued = await SampleDocuments.SendAsync(client, HttpMethod.Post, $"{location}/issue", null, etag);

        var offered = await client.GetStringAsync(new Uri(document, UriKind.Relative));
        using var reviewed = await SubmitAsync(client, document, [new("status", "midTermReviewed"), new("reason", "Báo cáo sơ kết số 120/BC-UBND")]);
        var page = await client.GetStringAsync(new Uri(document, UriKind.Relative));

        Assert.Contains($"href=\"{document}/status\"", offered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.Contains("<dd id=\"status\">Đã sơ kết", page, StringComparison.Ordinal);
        Assert.Contains("Trạng thái / Status: Đã ban hành → Đã sơ kết", page, StringComparison.Ordinal);
        Assert.Contains("Báo cáo sơ kết số 120/BC-UBND", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_the_lifecycle_does_not_allow_or_sent_from_a_stale_page_is_refused_beside_its_field()
    {
        using var client = fixture.CreateClient();
        var (location, etag, body) = await SampleDocuments.CreateAsync(client);
        var document = $"/programmes/{body.GetProperty("id").GetGuid()}";
        using var issued = await SampleDocuments.SendAsync(client, HttpMethod.Post, $"{location}/issue", null, etag);

        using var backToDraft = await SubmitAsync(client, document, [new("status", "draft")]);
        using var unknown = await SubmitAsync(client, document, [new("status", "archived")]);
        using var stale = await SubmitAsync(client, document, [new("status", "expired")], version: "1");
        var after = await client.GetAsync(location);

        Assert.Equal(HttpStatusCode.OK, backToDraft.StatusCode);
        Assert.Contains("Không chuyển được từ Đã ban hành sang Dự thảo.", await backToDraft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<p id=\"status-error\" class=\"error\">", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<p id=\"version-error\" class=\"error\">", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(issued.Headers.ETag!.Tag, after.Headers.ETag!.Tag);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string document, KeyValuePair<string, string>[] fields, string? version = null)
    {
        var form = new Uri($"{document}/status", UriKind.Relative);
        var page = await client.GetStringAsync(form);
        version ??= Regex.Match(page, """name="version" value="(\d+)" """.TrimEnd()).Groups[1].Value;
        using var content = new FormUrlEncodedContent([.. fields, new("version", version), new("__RequestVerificationToken", SampleFiles.AntiforgeryTokenOf(page))]);
        return await client.PostAsync(form, content);
    }
}
