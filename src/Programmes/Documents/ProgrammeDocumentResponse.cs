using System.Linq.Expressions;

namespace StPlatform.Programmes.Documents;

public sealed record ProgrammeDocumentResponse(
    Guid Id,
    ProgrammeDocumentKind Kind,
    string Number,
    string Title,
    string Issuer,
    DateOnly SignedOn,
    int PeriodStartYear,
    int PeriodEndYear,
    string? Signer,
    DateOnly? EffectiveOn,
    int? VisionYear,
    IReadOnlyList<Guid> ParentIds,
    string? GeneralObjective,
    IReadOnlyList<string> SpecificObjectives,
    string? LeadUnitCode,
    DocumentStatus Status,
    int AmendmentCount)
{
    /// <summary>An expression, so that a list query selects only these columns.</summary>
    public static readonly Expression<Func<ProgrammeDocument, ProgrammeDocumentResponse>> FromDocument = d =>
        new ProgrammeDocumentResponse(
            d.Id, d.Kind, d.Number, d.Title, d.Issuer, d.SignedOn, d.PeriodStartYear, d.PeriodEndYear,
            d.Signer, d.EffectiveOn, d.VisionYear, d.ParentIds, d.GeneralObjective, d.SpecificObjectives,
            d.LeadUnitCode, d.Status, d.AmendmentCount);

    private static readonly Func<ProgrammeDocument, ProgrammeDocumentResponse> Map = FromDocument.Compile();

    public static ProgrammeDocumentResponse From(ProgrammeDocument document) => Map(document);
}
