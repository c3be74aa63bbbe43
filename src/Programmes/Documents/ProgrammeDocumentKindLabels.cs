namespace StPlatform.Programmes.Documents;

public static class ProgrammeDocumentKindLabels
{
    public static string Vietnamese(ProgrammeDocumentKind kind) => kind switch
    {
        ProgrammeDocumentKind.Strategy => "Chiến lược",
        ProgrammeDocumentKind.Programme => "Chương trình",
        ProgrammeDocumentKind.Plan => "Kế hoạch",
        ProgrammeDocumentKind.Scheme => "Đề án",
        _ => kind.ToString(),
    };

    public static string English(ProgrammeDocumentKind kind) => kind switch
    {
        ProgrammeDocumentKind.Strategy => "strategy",
        ProgrammeDocumentKind.Programme => "programme",
        ProgrammeDocumentKind.Plan => "plan",
        ProgrammeDocumentKind.Scheme => "scheme",
        _ => kind.ToString(),
    };
}
