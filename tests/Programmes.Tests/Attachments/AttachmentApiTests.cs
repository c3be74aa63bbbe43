using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Tests.Documents;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Attachments;

[Collection(SharedProgrammesService.Name)]
public sealed class AttachmentApiTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Pdf_and_docx_are_accepted_by_their_content_and_listed_with_size_and_hash()
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);
        var pdf = SampleFiles.Pdf();
        var docx = SampleFiles.Docx();

        using var pdfResponse = await SampleFiles.UploadAsync(client, location, pdf, "Quyết định phê duyệt.pdf");
        // The client's content type is not what decides: a DOCX sent as octet-stream is still a DOCX.
        using var docxResponse = await SampleFiles.UploadAsync(client, location, docx, "Dự thảo kế hoạch.docx", "application/octet-stream");
        var listed = await client.GetFromJsonAsync<JsonElement>(new Uri($"{location}/attachments", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, pdfResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Created, docxResponse.StatusCode);
        var files = listed.EnumerateArray().ToList();
        Assert.Equal(["Quyết định phê duyệt.pdf", "Dự thảo kế hoạch.docx"], files.Select(f => f.GetProperty("fileName").GetString()));
        Assert.Equal(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
            files.Select(f => f.GetProperty("contentType").GetString()));
        Assert.Equal(docx.Length, files[1].GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), files[0].GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Download_returns_the_same_bytes_under_the_original_vietnamese_name()
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);
        var pdf = SampleFiles.Pdf("Kế hoạch 2629");
        using var created = await SampleFiles.UploadAsync(client, location, pdf, "Kế hoạch số 2629 – Hải Phòng.pdf");

        using var download = await client.GetAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Kế hoạch số 2629 – Hải Phòng.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Stored_file_is_named_by_the_registry_never_by_the_user()
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);
        var pdf = SampleFiles.Pdf("đường dẫn");

        using var created = await SampleFiles.UploadAsync(client, location, pdf, "../../etc/Báo cáo.pdf");
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        var stored = await fixture.WithDbAsync(db => db.Attachments.SingleAsync(a => a.Id == id));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Báo cáo.pdf", body.GetProperty("fileName").GetString());
        Assert.Matches("^[0-9a-f]{32}$", stored.StoredName);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(fixture.AttachmentDirectory, stored.StoredName)));
        Assert.DoesNotContain(Directory.EnumerateFiles(fixture.AttachmentDirectory, "*", SearchOption.AllDirectories),
            path => path.Contains("Báo cáo", StringComparison.Ordinal) || path.EndsWith(".pdf", StringComparison.Ordinal));
    }

    public static TheoryData<string, byte[]> NotPdfOrDocx => new()
    {
        { "an executable", SampleFiles.Exe() },
        { "a web page", SampleFiles.Html() },
        { "a plain ZIP", SampleFiles.Zip() },
    };

    [Theory]
    [MemberData(nameof(NotPdfOrDocx))]
    public async Task File_renamed_to_pdf_is_refused_naming_the_file_field(string what, byte[] content)
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);

        using var response = await SampleFiles.UploadAsync(client, location, content, $"Báo cáo ({what}).pdf");

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "file");
        Assert.Empty(await client.GetFromJsonAsync<JsonElement[]>(new Uri($"{location}/attachments", UriKind.Relative)) ?? []);
    }

    [Fact]
    public async Task File_over_the_cap_is_a_413_problem_naming_the_file_field()
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);
        var pdf = SampleFiles.Pdf();
        var oversized = new byte[ProgrammesFixture.MaxAttachmentBytes + 1];
        pdf.CopyTo(oversized, 0);

        using var response = await SampleFiles.UploadAsync(client, location, oversized, "Quá lớn.pdf");

        var problem = await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.RequestEntityTooLarge, "file");
        Assert.Contains("1 MB", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_programme_manager_may_upload_or_delete_and_a_draft_is_hidden_from_the_public()
    {
        using var manager = fixture.CreateClient();
        using var viewer = fixture.CreateClient(PlatformRoles.Viewer, "SKHCN");
        using var anonymous = fixture.CreateAnonymousClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(manager);
        using var created = await SampleFiles.UploadAsync(manager, location, SampleFiles.Pdf(), "Quyết định.pdf");

        using var upload = await SampleFiles.UploadAsync(viewer, location, SampleFiles.Pdf(), "Của người xem.pdf");
        using var delete = await viewer.DeleteAsync(created.Headers.Location);
        using var read = await viewer.GetAsync(created.Headers.Location);
        using var publicRead = await anonymous.GetAsync(created.Headers.Location);

        await ProblemAssert.IsProblemAsync(upload, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await ProblemAssert.IsProblemAsync(publicRead, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_removes_the_file_and_the_history_keeps_both_steps()
    {
        using var client = fixture.CreateClient();
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        using var created = await SampleFiles.UploadAsync(client, location, SampleFiles.Docx(), "Tờ trình.docx");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var stored = await fixture.WithDbAsync(db => db.Attachments.SingleAsync(a => a.Id == id));

        using var deleted = await client.DeleteAsync(created.Headers.Location);
        using var again = await client.GetAsync(created.Headers.Location);
        var page = await client.GetStringAsync(new Uri($"/programmes/{body.GetProperty("id").GetGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
        Assert.False(File.Exists(Path.Combine(fixture.AttachmentDirectory, stored.StoredName)));
        Assert.Contains("Thêm tệp đính kèm", page, StringComparison.Ordinal);
        Assert.Contains("Xóa tệp đính kèm", page, StringComparison.Ordinal);
        Assert.Contains("Tờ trình.docx", page, StringComparison.Ordinal);
    }
}
