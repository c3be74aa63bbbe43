namespace StPlatform.Programmes.Documents;

/// <summary>What a registration or an amendment sets on a document, once validated.</summary>
public sealed record DocumentFields(
    ProgrammeDocumentKind Kind,
    string Number,
    string Title,
    string Issuer,
    string? Signer,
    DateOnly SignedOn,
    DateOnly? EffectiveOn,
    int PeriodStartYear,
    int PeriodEndYear,
    int? VisionYear,
    IReadOnlyList<Guid> ParentIds,
    string? GeneralObjective,
    IReadOnlyList<string> SpecificObjectives,
    string? LeadUnitCode);
