namespace StPlatform.Programmes.Attachments;

/// <summary>
/// A file attached to a programme document (the signed PDF, a DOCX draft). The bytes live on disk
/// under <see cref="StoredName"/>, a name the registry made; the name the user gave is kept here only.
/// </summary>
public sealed class DocumentAttachment
{
    public const int FileNameMaxLength = 255;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DocumentId { get; init; }

    /// <summary>The user's file name, as uploaded (Vietnamese included), for the download only.</summary>
    public required string FileName { get; init; }

    /// <summary>The file's name on disk: a GUID, never derived from anything the user sent.</summary>
    public required string StoredName { get; init; }

    /// <summary>Decided from the content, not taken from the client.</summary>
    public required string ContentType { get; init; }

    public long Size { get; init; }

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset UploadedAt { get; init; }
}
