using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;

namespace StPlatform.Startups.Organisations;

/// <summary>The public directory: the same search, facets and order as <c>GET /api/startups</c>.</summary>
public sealed class IndexModel(StartupsDbContext db) : PageModel
{
    public PagedList<OrganisationResponse> Organisations { get; private set; } = null!;

    public Facets Facets { get; private set; } = null!;

    public DirectoryQuery Query { get; private set; } = new();

    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(
        [FromQuery] string? q, [FromQuery] string? type, [FromQuery] string? sector, [FromQuery] string? stage,
        [FromQuery] string? district, [FromQuery] string? foundedYear, [FromQuery] string? certified,
        [FromQuery] int? page, CancellationToken cancellationToken)
    {
        // A browser sends empty fields for "any"; an unreadable year or flag is ignored, not an error page.
        Query = new DirectoryQuery(q, type, sector, stage, district,
            int.TryParse(foundedYear, out var year) ? year : null,
            bool.TryParse(certified, out var flag) ? flag : null);
        var errors = new ValidationErrors();
        var results = Query.Apply(DirectoryQuery.Listed(db.Organisations), errors);
        if (!errors.IsValid)
        {
            Errors = errors.ToDictionary();
            Query = new DirectoryQuery();
            results = DirectoryQuery.Listed(db.Organisations);
        }
        Organisations = await results.ToByNamePageAsync(new PageRequest(page), cancellationToken);
        Facets = await Facets.CountAsync(results, cancellationToken);
    }

    /// <summary>This search with one facet set (or cleared, with null), from page one.</summary>
    public string Link(string facet, string? value) => "/startups" + (facet switch
    {
        "type" => Query with { Type = value },
        "sector" => Query with { Sector = value },
        "stage" => Query with { Stage = value },
        "district" => Query with { District = value },
        "foundedYear" => Query with { FoundedYear = value is null ? null : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
        "certified" => Query with { Certified = value is null ? null : bool.Parse(value) },
        _ => Query,
    }).ToQueryString();

    public string PageLink(int number) =>
        "/startups" + Query.ToQueryString() + (Query.ToQueryString().Length == 0 ? "?" : "&") + $"page={number}";
}
