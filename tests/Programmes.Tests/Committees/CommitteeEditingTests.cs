using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using StPlatform.Programmes.Tests.Documents;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Committees;

[Collection(SharedProgrammesService.Name)]
public sealed class CommitteeEditingTests(ProgrammesFixture fixture)
{
    private static readonly object Deputy = new { name = "Trần Quang Tuấn", position = "Giám đốc", organisation = "Sở KH&CN", role = "deputy", termStart = "2021-03-10" };

    [Fact]
    public async Task Member_is_corrected_only_against_its_current_version_and_the_history_lists_what_changed()
    {
        using var client = fixture.CreateClient();
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        using var added = await client.PostAsJsonAsync(new Uri($"{location}/committee", UriKind.Relative), Deputy);
        var member = added.Headers.Location!.OriginalString;
        var etag = added.Headers.ETag!.Tag;
        var corrected = new { name = "Trần Quang Tuấn", position = "Phó Chủ tịch", organisation = "UBND thành phố", role = "head", termStart = "2021-03-10", termEnd = "2025-12-31" };

        using var withoutIfMatch = await SampleDocuments.SendAsync(client, HttpMethod.Put, member, corrected, null);
        using var saved = await SampleDocuments.SendAsync(client, HttpMethod.Put, member, corrected, etag);
        using var stale = await SampleDocuments.SendAsync(client, HttpMethod.Put, member, corrected, etag);
        var read = await client.GetFromJsonAsync<JsonElement>(new Uri(member, UriKind.Relative));
        var page = await client.GetStringAsync(new Uri($"/programmes/{body.GetProperty("id").GetGuid()}", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(withoutIfMatch, HttpStatusCode.PreconditionRequired);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(etag, saved.Headers.ETag!.Tag);
        await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("Phó Chủ tịch", read.GetProperty("position").GetString());
        Assert.Equal("head", read.GetProperty("role").GetString());
        Assert.Contains("Chức vụ / Position: Giám đốc → Phó Chủ tịch", page, StringComparison.Ordinal);
        Assert.Contains("Vai trò / Role: Phó trưởng ban / Deputy → Trưởng ban / Head", page, StringComparison.Ordinal);
        Assert.Contains("10/03/2021 – 31/12/2025", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correction_with_mistakes_is_named_field_by_field_and_changes_nothing()
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);
        using var added = await client.PostAsJsonAsync(new Uri($"{location}/committee", UriKind.Relative), Deputy);
        var member = added.Headers.Location!.OriginalString;

        using var response = await SampleDocuments.SendAsync(client, HttpMethod.Put, member,
            new { name = " ", position = "Giám đốc", organisation = "Sở KH&CN", role = "chair", termStart = "2025-01-01", termEnd = "2024-01-01" },
            added.Headers.ETag!.Tag);
        var read = await client.GetFromJsonAsync<JsonElement>(new Uri(member, UriKind.Relative));

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "name", "role", "termEnd");
        Assert.Equal("Trần Quang Tuấn", read.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Member_is_removed_with_its_version_and_a_viewer_may_do_neither()
    {
        using var client = fixture.CreateClient();
        using var viewer = fixture.CreateClient(PlatformRoles.Viewer, "SKHCN");
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        using var added = await client.PostAsJsonAsync(new Uri($"{location}/committee", UriKind.Relative), Deputy);
        var member = added.Headers.Location!.OriginalString;
        var etag = added.Headers.ETag!.Tag;

        using var byViewer = await SampleDocuments.SendAsync(viewer, HttpMethod.Delete, member, null, etag);
        using var removed = await SampleDocuments.SendAsync(client, HttpMethod.Delete, member, null, etag);
        var listed = await client.GetFromJsonAsync<JsonElement>(new Uri($"{location}/committee", UriKind.Relative));
        var page = await client.GetStringAsync(new Uri($"/programmes/{body.GetProperty("id").GetGuid()}", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(byViewer, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(0, listed.GetArrayLength());
        Assert.Contains("Ban chỉ đạo / Steering committee: xóa / removed Trần Quang Tuấn, Giám đốc", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_is_corrected_on_its_form_and_removed_from_the_document_page()
    {
        using var client = fixture.CreateClient();
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        var document = $"/programmes/{body.GetProperty("id").GetGuid()}";
        using var added = await client.PostAsJsonAsync(new Uri($"{location}/committee", UriKind.Relative), Deputy);
        var memberId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var version = added.Headers.ETag!.Tag.Trim('"');

        using var edited = await Forms.SubmitAsync(client, $"{document}/committee/{memberId}",
        [
            new("name", "Trần Quang Tuấn"), new("position", "Phó Giám đốc"), new("organisation", "Sở KH&CN"),
            new("role", "member"), new("termStart", "2021-03-10"), new("termEnd", ""), new("version", version),
        ]);
        var afterEdit = await client.GetStringAsync(new Uri(document, UriKind.Relative));
        var removeForm = Regex.Match(afterEdit,
            $"""<form method="post" action="({document}/committee/{memberId}\?handler=Remove)">\s*<input type="hidden" name="version" value="(\d+)" />""");
        using var removal = new FormUrlEncodedContent([new("version", removeForm.Groups[2].Value),
            new("__RequestVerificationToken", Attachments.SampleFiles.AntiforgeryTokenOf(afterEdit))]);
        using var removed = await client.PostAsync(new Uri(removeForm.Groups[1].Value, UriKind.Relative), removal);
        var afterRemove = await client.GetStringAsync(new Uri(document, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("Chức vụ / Position: Giám đốc → Phó Giám đốc", afterEdit, StringComparison.Ordinal);
        Assert.True(removeForm.Success, "The document page has no remove form for the member.");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Đã xóa Trần Quang Tuấn khỏi ban chỉ đạo.", afterRemove, StringComparison.Ordinal);
        Assert.DoesNotContain("<table id=\"committee\">", afterRemove, StringComparison.Ordinal);
    }
}
