using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Text;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>
/// The register's search: every word of the query must occur, folded, somewhere in the asset's
/// search text (title, owners, inventors, numbers), which the pg_trgm GIN index answers. Ranking
/// puts an exact application, publication or grant number first, then the closest texts.
/// </summary>
public static class IpSearch
{
    public static IQueryable<IpAsset> Filter(IQueryable<IpAsset> assets, IpSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var word in Words(request.Q))
        {
            var pattern = VietnameseText.LikePattern(word);
            assets = assets.Where(a => EF.Functions.ILike(a.SearchText, pattern));
        }
        if (Enum.TryParse<IpObjectType>(request.Type, ignoreCase: true, out var type))
        {
            assets = assets.Where(a => a.ObjectType == type);
        }
        else if (!string.IsNullOrWhiteSpace(request.Type))
        {
            assets = assets.Where(_ => false);
        }
        if (Enum.TryParse<IpStatus>(request.Status, ignoreCase: true, out var status))
        {
            assets = assets.Where(a => a.Status == status);
        }
        else if (!string.IsNullOrWhiteSpace(request.Status))
        {
            assets = assets.Where(_ => false);
        }
        if (!string.IsNullOrWhiteSpace(request.Class))
        {
            var @class = request.Class.Trim().ToUpperInvariant();
            assets = assets.Where(a => a.Classes.Contains(@class));
        }
        if (request.Year is { } year)
        {
            var (from, to) = (new DateOnly(Math.Clamp(year, 1, 9998), 1, 1), new DateOnly(Math.Clamp(year, 1, 9998) + 1, 1, 1));
            assets = assets.Where(a => a.FiledOn >= from && a.FiledOn < to);
        }
        if (!string.IsNullOrWhiteSpace(request.Owner))
        {
            var owner = request.Owner.Trim();
            assets = assets.Where(a => a.Owners.Any(o => o.TaxCode == owner));
        }
        return assets;
    }

    public static IOrderedQueryable<IpAsset> Rank(IQueryable<IpAsset> assets, IpSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var folded = VietnameseText.Fold(request.Q);
        if (folded.Length == 0)
        {
            return assets.OrderByDescending(a => a.FiledOn).ThenBy(a => a.ApplicationNumber);
        }
        var number = request.Q!.Trim().ToUpperInvariant();
        return assets
            .OrderBy(a => a.ApplicationNumber == number || a.GrantNumber == number || a.PublicationNumber == number ? 0 : 1)
            .ThenByDescending(a => IpDbContext.WordSimilarity(folded, a.SearchText))
            .ThenByDescending(a => a.FiledOn)
            .ThenBy(a => a.ApplicationNumber);
    }

    public static async Task<IpSearchPage> RunAsync(
        IQueryable<IpAsset> assets, IpSearchRequest request, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var filtered = Filter(assets, request);
        var results = await Rank(filtered, request).Select(IpAssetSummary.FromAsset).ToPagedListAsync(page, cancellationToken);
        var facets = request.Facets == true ? await IpFacets.CountAsync(filtered, cancellationToken) : null;
        return new IpSearchPage(results.Items, results.Page, results.PageSize, results.TotalCount, results.PageCount,
            results.HasPrevious, results.HasNext, facets);
    }

    /// <summary>The query's words, folded; a query too long to be a search is cut, not refused.</summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        var folded = VietnameseText.Fold(query is { Length: > IpSearchRequest.MaxQueryLength } ? query[..IpSearchRequest.MaxQueryLength] : query);
        return folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(10).ToList();
    }
}

/// <summary>One page of a search, with the facet counts when they were asked for.</summary>
public sealed record IpSearchPage(
    IReadOnlyList<IpAssetSummary> Items,
    int Page,
    int PageSize,
    int TotalCount,
    int PageCount,
    bool HasPrevious,
    bool HasNext,
    IpFacets? Facets) : IPageInfo;
