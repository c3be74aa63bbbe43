using System.Net;
using System.Text.RegularExpressions;
using StPlatform.Programmes.Tests.Documents;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Attachments;

[Collection(SharedProgrammesService.Name)]
public sealed class AttachmentPageTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task File_attached_on_the_document_page_is_listed_there_with_a_download_link()
    {
        using var client = fixture.CreateClient();
        var (_, _, body) = await SampleDocuments.CreateAsync(client);
        var page = $"/programmes/{body.GetProperty("id").GetGuid()}";
        var token = SampleFiles.AntiforgeryTokenOf(await client.GetStringAsync(new Uri(page, UriKind.Relative)));

        using var form = SampleFiles.Form(SampleFiles.Pdf(), "Quyết định số 15.pdf", antiforgeryToken: token);
        using var response = await client.PostAsync(new Uri($"{page}/attachments", UriKind.Relative), form);
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page, response.Headers.Location?.OriginalString);
        Assert.Contains("Đã đính kèm Quyết định số 15.pdf.", html, StringComparison.Ordinal);
        Assert.Matches($"""<a href="/api{page}/attachments/[0-9a-f-]+" download>Quyết định số 15.pdf</a>""", html);
    }

    [Fact]
    public async Task Web_page_renamed_to_pdf_is_shown_again_with_the_file_field_marked()
    {
        using var client = fixture.CreateClient();
        var (_, _, body) = await SampleDocuments.CreateAsync(client);
        var page = $"/programmes/{body.GetProperty("id").GetGuid()}";
        var token = SampleFiles.AntiforgeryTokenOf(await client.GetStringAsync(new Uri(page, UriKind.Relative)));

        using var form = SampleFiles.Form(SampleFiles.Html(), "Báo cáo.pdf", antiforgeryToken: token);
        using var response = await client.PostAsync(new Uri($"{page}/attachments", UriKind.Relative), form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"file-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("Chỉ nhận tệp PDF hoặc DOCX", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var client = fixture.CreateClient();
        var (location, _, body) = await SampleDocuments.CreateAsync(client);

        using var form = SampleFiles.Form(SampleFiles.Pdf(), "Giả mạo.pdf");
        using var response = await client.PostAsync(new Uri($"/programmes/{body.GetProperty("id").GetGuid()}/attachments", UriKind.Relative), form);
        var listed = await client.GetStringAsync(new Uri($"{location}/attachments", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("[]", listed);
    }

    [Fact]
    public async Task Attachment_is_deleted_from_the_document_page_only_with_the_form_token()
    {
        using var client = fixture.CreateClient();
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        var page = $"/programmes/{body.GetProperty("id").GetGuid()}";
        using var created = await SampleFiles.UploadAsync(client, location, SampleFiles.Docx(), "Tờ trình xin ý kiến.docx");
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var attachmentId = Regex.Match(html, """name="attachmentId" value="([0-9a-f-]+)" """.TrimEnd()).Groups[1].Value;
        var delete = new Uri($"{page}/attachments?handler=Delete", UriKind.Relative);

        using var forged = new FormUrlEncodedContent([new("attachmentId", attachmentId)]);
        using var refused = await client.PostAsync(delete, forged);
        using var genuine = new FormUrlEncodedContent([new("attachmentId", attachmentId), new("__RequestVerificationToken", SampleFiles.AntiforgeryTokenOf(html))]);
        using var deleted = await client.PostAsync(delete, genuine);
        var after = await client.GetStringAsync(new Uri(page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Đã xóa Tờ trình xin ý kiến.docx.", after, StringComparison.Ordinal);
        Assert.Contains("Chưa có tệp đính kèm.", after, StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await client.GetAsync(created.Headers.Location), HttpStatusCode.NotFound);
    }
}
