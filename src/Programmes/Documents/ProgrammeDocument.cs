using StPlatform.Programmes.History;
using StPlatform.Programmes.Indicators;
using StPlatform.Programmes.Plans;

namespace StPlatform.Programmes.Documents;

/// <summary>
/// A document of the city's S&amp;T policy: a strategy, programme, plan or scheme, identified by
/// its number ("2629/KH-UBND") and issuer, in force over a period of years.
/// </summary>
public sealed class ProgrammeDocument
{
    public const int NumberMaxLength = 50;
    public const int TitleMaxLength = 500;
    public const int IssuerMaxLength = 200;
    public const int SignerMaxLength = 200;
    public const int ObjectiveMaxLength = 4000;
    public const int MaxSpecificObjectives = 50;
    public const int MaxParents = 20;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public ProgrammeDocumentKind Kind { get; set; }

    public required string Number { get; set; }

    public required string Title { get; set; }

    public required string Issuer { get; set; }

    public string? Signer { get; set; }

    public DateOnly SignedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public int PeriodStartYear { get; set; }

    public int PeriodEndYear { get; set; }

    public int? VisionYear { get; set; }

    /// <summary>The documents this one implements (căn cứ, triển khai), by id in this registry.</summary>
    public List<Guid> ParentIds { get; set; } = [];

    public string? GeneralObjective { get; set; }

    public List<string> SpecificObjectives { get; set; } = [];

    /// <summary>The unit alerted when an indicator goes off track; the DOST when none is named.</summary>
    public string? LeadUnitCode { get; set; }

    public DocumentStatus Status { get; set; } = DocumentStatus.Draft;

    /// <summary>How many amendments were made after issue; the next <c>PlanAmended</c> carries this plus one.</summary>
    public int AmendmentCount { get; set; }

    /// <summary>Number, title and issuer without diacritics, so "hai phong" finds "Hải Phòng".</summary>
    public string SearchText { get; set; } = string.Empty;

    /// <summary>PostgreSQL's xmin: the ETag of the document.</summary>
    public uint Version { get; set; }

    public List<DocumentHistoryEntry> History { get; init; } = [];

    public List<TargetIndicator> Indicators { get; init; } = [];

    public List<AnnexTaskItem> AnnexTasks { get; init; } = [];
}

/// <summary>Chiến lược / Chương trình / Kế hoạch / Đề án.</summary>
public enum ProgrammeDocumentKind
{
    Strategy,
    Programme,
    Plan,
    Scheme,
}
