namespace StPlatform.Programmes.Documents;

/// <summary>What the fields shared by the entry and amendment forms show.</summary>
public sealed record DocumentFieldsView(ProgrammeDocumentRequest Input, string? SpecificObjectivesText, IReadOnlyList<ParentOption> Parents);
