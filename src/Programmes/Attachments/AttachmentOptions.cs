namespace StPlatform.Programmes.Attachments;

/// <summary>Where attachments are kept and how large one may be (section <c>Programmes</c>).</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Programmes";

    public const long DefaultMaxAttachmentBytes = 20 * 1024 * 1024;

    /// <summary>What a multipart request may carry besides the file itself: boundaries, headers, the antiforgery token.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>The folder for stored files; relative paths are under the content root. Default: <c>data/attachments</c>.</summary>
    public string? AttachmentDirectory { get; set; }

    public long MaxAttachmentBytes { get; set; } = DefaultMaxAttachmentBytes;

    /// <summary>The largest request body an upload may have: the file and its form around it.</summary>
    public long MaxRequestBytes => MaxAttachmentBytes + FormOverheadBytes;
}
