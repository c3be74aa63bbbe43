namespace StPlatform.Programmes.History;

/// <summary>
/// One change in a document's life, kept for good: who, when, the status it left the document in,
/// the amendment number when it was an amendment, and what changed ("Tên văn bản: 'a' → 'b'").
/// </summary>
public sealed class DocumentHistoryEntry
{
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DocumentId { get; init; }

    public DateTimeOffset At { get; init; }

    public required string By { get; init; }

    public HistoryAction Action { get; init; }

    public Documents.DocumentStatus Status { get; init; }

    public int? AmendmentNumber { get; init; }

    public string? Reason { get; init; }

    public List<string> Changes { get; init; } = [];
}

public enum HistoryAction
{
    Registered,
    Edited,
    Issued,
    Amended,
    StatusChanged,
    IndicatorAdded,
    MeasurementRecorded,
    AnnexChanged,
    CommitteeChanged,
    AttachmentAdded,
    AttachmentRemoved,
}
