using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace StPlatform.Programmes.Tests.Attachments;

/// <summary>Small real files of each kind, and the multipart requests that carry them.</summary>
internal static partial class SampleFiles
{
    public static byte[] Pdf(string text = "Quyết định phê duyệt") => Encoding.UTF8.GetBytes(
        $"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The least a word processor opens: content types, the package relation, and the document part.</summary>
    public static byte[] Docx(string paragraph = "Dự thảo kế hoạch")
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Write(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{paragraph}</w:t></w:r></w:p></w:body></w:document>""");
        }
        return buffer.ToArray();
    }

    /// <summary>A ZIP that is not a Word document: PK at the start is not enough.</summary>
    public static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "readme.txt", "không phải DOCX");
        }
        return buffer.ToArray();
    }

    public static byte[] Exe() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. new byte[64]];

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    /// <summary>One file in the field <c>file</c>, with whatever content type the client claims.</summary>
    public static MultipartFormDataContent Form(byte[] content, string fileName, string contentType = "application/pdf", string? antiforgeryToken = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (antiforgeryToken is not null)
        {
            form.Add(new StringContent(antiforgeryToken), "__RequestVerificationToken");
        }
        return form;
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Uri document, byte[] content, string fileName, string contentType = "application/pdf")
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = Form(content, fileName, contentType);
        return await client.PostAsync(new Uri($"{document}/attachments", UriKind.Relative), form);
    }

    public static string AntiforgeryTokenOf(string page)
    {
        var match = AntiforgeryToken().Match(page);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return match.Groups["token"].Value;
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)" """)]
    private static partial Regex AntiforgeryToken();
}
