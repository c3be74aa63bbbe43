using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using StPlatform.Programmes.Tests.Attachments;
using StPlatform.Programmes.Tests.Documents;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Tests.Committees;

/// <summary>The "add a member" form on the document page, posted as a browser without JavaScript posts it.</summary>
[Collection(SharedProgrammesService.Name)]
public sealed class CommitteePageTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Member_added_on_the_document_page_is_listed_in_the_committee_and_the_history()
    {
        using var client = fixture.CreateClient();
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        var document = $"/programmes/{body.GetProperty("id").GetGuid()}";

        using var response = await PostAddFormAsync(client, document,
            [new("name", "Phạm Thị Hằng"), new("position", "Phó Giám đốc"), new("organisation", "Sở Tài chính"),
             new("role", "secretariat"), new("termStart", "2021-04-01"), new("termEnd", "")]);
        var page = await client.GetStringAsync(new Uri(document, UriKind.Relative));
        var listed = await client.GetFromJsonAsync<JsonElement>(new Uri($"{location}/committee", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(document, response.Headers.Location?.OriginalString);
        Assert.Contains("Đã thêm Phạm Thị Hằng vào ban chỉ đạo.", page, StringComparison.Ordinal);
        Assert.Contains("<td>Phó Giám đốc, Sở Tài chính</td>", page, StringComparison.Ordinal);
        Assert.Contains("Ban chỉ đạo / Steering committee: Phạm Thị Hằng, Phó Giám đốc (Tổ thư ký / Secretariat) từ / from 01/04/2021", page, StringComparison.Ordinal);
        var member = Assert.Single(listed.EnumerateArray());
        Assert.Equal("secretariat", member.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, member.GetProperty("termEnd").ValueKind);
    }

    [Fact]
    public async Task Member_form_with_mistakes_comes_back_with_each_field_marked_and_adds_nobody()
    {
        using var client = fixture.CreateClient();
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        var document = $"/programmes/{body.GetProperty("id").GetGuid()}";

        using var response = await PostAddFormAsync(client, document,
            [new("name", " "), new("position", "Giám đốc"), new("organisation", "Sở KH&CN"),
             new("role", "chair"), new("termStart", "2025-01-01"), new("termEnd", "2024-01-01")]);
        using var badDate = await PostAddFormAsync(client, document,
            [new("name", "Lê Văn Nam"), new("position", "Giám đốc"), new("organisation", "Sở KH&CN"),
             new("role", "member"), new("termStart", "mùng 1 tháng 4")]);
        var html = await response.Content.ReadAsStringAsync();
        var badDateHtml = await badDate.Content.ReadAsStringAsync();
        var listed = await client.GetFromJsonAsync<JsonElement>(new Uri($"{location}/committee", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<p id=\"name-error\" class=\"error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"role-error\" class=\"error\">", html, StringComparison.Ordinal);
        Assert.Contains("Nhiệm kỳ kết thúc sau khi bắt đầu.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Giám đốc\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Contains("<p id=\"termStart-error\" class=\"error\">", badDateHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", badDateHtml, StringComparison.Ordinal);
        Assert.Equal(0, listed.GetArrayLength());
    }

    [Fact]
    public async Task Add_form_is_refused_without_its_token_and_a_viewer_is_not_offered_it()
    {
        using var client = fixture.CreateClient();
        using var viewer = fixture.CreateClient(PlatformRoles.Viewer, "SKHCN");
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        var document = $"/programmes/{body.GetProperty("id").GetGuid()}";

        using var forged = new FormUrlEncodedContent([new("name", "Giả mạo"), new("position", "Giám đốc"), new("organisation", "Sở KH&CN"),
            new("role", "member"), new("termStart", "2021-04-01")]);
        using var refused = await client.PostAsync(new Uri($"{document}/committee/new", UriKind.Relative), forged);
        var viewerPage = await viewer.GetStringAsync(new Uri(document, UriKind.Relative));
        var listed = await client.GetFromJsonAsync<JsonElement>(new Uri($"{location}/committee", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain("id=\"add-member\"", viewerPage, StringComparison.Ordinal);
        Assert.Equal(0, listed.GetArrayLength());
    }

    /// <summary>Finds the add form on the document page and posts it with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostAddFormAsync(HttpClient client, string document, KeyValuePair<string, string>[] fields)
    {
        var page = await client.GetStringAsync(new Uri(document, UriKind.Relative));
        var form = Regex.Match(page, """<form id="add-member" method="post" action="([^"]+)" novalidate>""");
        Assert.True(form.Success, "The document page has no form to add a committee member.");
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", SampleFiles.AntiforgeryTokenOf(page))]);
        return await client.PostAsync(new Uri(form.Groups[1].Value, UriKind.Relative), content);
    }
}
