namespace StPlatform.IntellectualProperty.LegalEvents;

/// <summary>One entry of an asset's legal history, in the order it was recorded.</summary>
public sealed class IpLegalEvent
{
    public const int ReferenceMaxLength = 50;
    public const int NoteMaxLength = 1000;

    public Guid AssetId { get; set; }

    public int Sequence { get; set; }

    public LegalEventKind Kind { get; set; }

    public DateOnly On { get; set; }

    /// <summary>The publication number, the grant number or the recorded contract's number.</summary>
    public string? Reference { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}
