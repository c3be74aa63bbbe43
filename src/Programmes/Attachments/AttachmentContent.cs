using System.IO.Compression;

namespace StPlatform.Programmes.Attachments;

/// <summary>
/// Decides what a file is from its bytes alone: a PDF starts with <c>%PDF-</c>; a DOCX is a ZIP
/// holding <c>[Content_Types].xml</c> and <c>word/document.xml</c>. The file name and the
/// client's content type are not trusted: an EXE renamed to .pdf is still an EXE.
/// </summary>
public static class AttachmentContent
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The content type of <paramref name="content"/>, or null when it is neither a PDF nor a DOCX.</summary>
    public static string? TypeOf(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Span<byte> head = stackalloc byte[PdfSignature.Length];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (read == head.Length && head.SequenceEqual(PdfSignature))
        {
            return Pdf;
        }
        return read >= ZipSignature.Length && head[..ZipSignature.Length].SequenceEqual(ZipSignature) && IsWordDocument(content)
            ? Docx
            : null;
    }

    private static bool IsWordDocument(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
