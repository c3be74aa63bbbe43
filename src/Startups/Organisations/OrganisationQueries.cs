using StPlatform.ServiceDefaults;

namespace StPlatform.Startups.Organisations;

public static class OrganisationQueries
{
    /// <summary>The directory's reading order, shared by the API and the page: by name.</summary>
    public static Task<PagedList<OrganisationResponse>> ToByNamePageAsync(
        this IQueryable<Organisation> organisations, PageRequest page, CancellationToken cancellationToken) =>
        organisations
            .OrderBy(o => o.Name).ThenBy(o => o.TaxCode)
            .Select(OrganisationResponse.FromOrganisation)
            .ToPagedListAsync(page, cancellationToken);
}
