using Microsoft.Playwright;
using StPlatform.Programmes.Tests.Attachments;
using StPlatform.Programmes.Tests.Documents;

namespace StPlatform.Programmes.Tests.Browser;

/// <summary>
/// A programme manager, in a real (headless) Chromium on Kestrel, attaches a signed PDF to a
/// document from its page, then tries a file over the cap and is told so beside the file field.
/// </summary>
[Collection(SharedProgrammesService.Name)]
public sealed class AttachmentBrowserTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Manager_attaches_a_pdf_on_the_document_page_and_is_told_when_a_file_is_too_large()
    {
        using var client = fixture.CreateClient();
        var (_, _, body) = await SampleDocuments.CreateAsync(client);
        var id = body.GetProperty("id").GetGuid();
        await using var browser = await ManagerBrowser.OpenAsync(fixture);
        var page = await browser.NewTabAsync();
        var upload = page.Locator("form[enctype='multipart/form-data'] button[type=submit]");

        await page.GotoAsync($"/programmes/{id}");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "Quyết định số 15.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf() });
        await upload.ClickAsync();
        var attachments = await page.InnerTextAsync("#attachments");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "Bản scan.pdf", MimeType = "application/pdf", Buffer = new byte[2 * ProgrammesFixture.MaxAttachmentBytes] });
        await upload.ClickAsync();
        var error = await page.InnerTextAsync("#file-error");

        Assert.Contains("Quyết định số 15.pdf", attachments, StringComparison.Ordinal);
        Assert.Contains("Tệp tối đa 1 MB", error, StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#file", "aria-invalid"));
    }
}
