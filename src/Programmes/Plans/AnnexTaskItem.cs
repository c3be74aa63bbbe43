using StPlatform.Contracts.Programmes;

namespace StPlatform.Programmes.Plans;

/// <summary>
/// One task of a plan's annex (phụ lục nhiệm vụ). <see cref="AnnexId"/> is assigned once and never
/// reused: a task removed by an amendment stays here, cancelled, so its id cannot come back.
/// </summary>
public sealed class AnnexTaskItem
{
    public const int AnnexIdMaxLength = 40;
    public const int TitleMaxLength = 1000;
    public const int SectionMaxLength = 200;
    public const int ProductMaxLength = 1000;
    public const int LabelMaxLength = 50;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DocumentId { get; init; }

    public required string AnnexId { get; init; }

    public int Position { get; set; }

    public required string Title { get; set; }

    public string? Section { get; set; }

    /// <summary>Empty: "every department and district".</summary>
    public List<string> LeadUnitCodes { get; set; } = [];

    public List<string> CoordinatingUnitCodes { get; set; } = [];

    public DeadlineKind? DeadlineKind { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? DeadlineLabel { get; set; }

    public ReportingPeriod? Recurrence { get; set; }

    public string? ExpectedProduct { get; set; }

    public bool Cancelled { get; set; }

    public AnnexTask ToContract() => new(
        AnnexId,
        Title,
        Section,
        [.. LeadUnitCodes],
        [.. CoordinatingUnitCodes],
        DeadlineKind is { } kind && DueDate is { } due ? new TaskDeadline(kind, due, DeadlineLabel ?? ServiceDefaults.Display.Date(due)) : null,
        Recurrence,
        ExpectedProduct);
}
