using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Documents;

public static class ProgrammeDocumentQueries
{
    /// <summary>The registry's reading order, shared by the API and the page: newest signed first.</summary>
    public static Task<PagedList<ProgrammeDocumentResponse>> ToNewestFirstPageAsync(
        this IQueryable<ProgrammeDocument> documents, PageRequest page, CancellationToken cancellationToken) =>
        documents
            .OrderByDescending(d => d.SignedOn).ThenBy(d => d.Id)
            .Select(ProgrammeDocumentResponse.FromDocument)
            .ToPagedListAsync(page, cancellationToken);
}
