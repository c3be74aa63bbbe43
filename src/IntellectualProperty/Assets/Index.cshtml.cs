using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.Search;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Assets;

/// <summary>The public register: search with facets; signed-in staff also see unpublished applications.</summary>
public sealed class IndexModel(IpDbContext db, CurrentUser user) : PageModel
{
    public IpSearchPage Assets { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Class { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Owner { get; set; }

    [TempData]
    public string? Message { get; set; }

    public bool CanRecord => user.IsInRole(PlatformRoles.IpOfficer) || user.IsInRole(PlatformRoles.Administrator);

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken) =>
        Assets = await IpSearch.RunAsync(db, user.ReadsUnpublished(),
            new IpSearchRequest(Query, Type, Status, Class, Year, Owner, Facets: true), new PageRequest(page), cancellationToken);

    /// <summary>The current search with one facet changed (null removes it), for the facet links.</summary>
    public string Link(string? type = "", string? status = "", string? @class = "", string? year = "", string? owner = "")
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["type"] = type == "" ? Type : type,
            ["status"] = status == "" ? Status : status,
            ["class"] = @class == "" ? Class : @class,
            ["year"] = year == "" ? Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) : year,
            ["owner"] = owner == "" ? Owner : owner,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/ip", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
