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
/// search text (title, owners, inventors, numbers), which the pg_trgm GIN index answers (and, for a
/// word with a digit, the number-gram index: <see cref="IpSearchSql.NumberGramLength"/>). Ranking
/// puts an exact application, publication or grant number first, then the newest filings.
/// </summary>
public static class IpSearch
{
    /// <summary>
    /// The search's filter in LINQ, for the export and the facets; the search runs the same filter as
    /// its own SQL (<see cref="IpSearchSql"/>), and the tests hold the two to the same matches.
    /// </summary>
    public static IQueryable<IpAsset> Filter(IQueryable<IpAsset> assets, IpSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var word in Words(request.Q))
        {
            // Both sides are folded to lower case already: LIKE, several times cheaper per row than ILIKE.
            var pattern = VietnameseText.LikePattern(word);
            assets = assets.Where(a => EF.Functions.Like(a.SearchText, pattern, @"\"));
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

    /// <summary>
    /// How far a search counts its matches: past it the register says "more than 1,000", as a
    /// search engine does, instead of walking every match of a broad query such as "hai phong".
    /// </summary>
    public const int CountCap = 1000;

    /// <summary>
    /// An asset whose application, publication or grant number is the query comes first; then the
    /// newest filings. Every word already had to match, so recency, not a similarity score that
    /// must be computed for every match, orders the rest; PostgreSQL can then walk the filing-date
    /// index and stop after a page.
    /// </summary>
    public static IOrderedQueryable<IpAsset> Rank(IQueryable<IpAsset> assets, IpSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return NumberOf(request.Q) is { } number
            ? assets.OrderBy(a => a.ApplicationNumber == number || a.GrantNumber == number || a.PublicationNumber == number ? 0 : 1)
                .ThenByDescending(a => a.FiledOn).ThenBy(a => a.ApplicationNumber)
            : Newest(assets);
    }

    public static async Task<IpSearchPage> RunAsync(
        IpDbContext db, bool readsUnpublished, IpSearchRequest request, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(page);
        // BEGIN rides with the first query (Npgsql sends it then); the planner settings with the next one.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            return await RunInAsync(db, readsUnpublished, request, page, transaction, cancellationToken);
        }
        finally
        {
            PlannerSettings.BeforeNextQuery(db, null);
        }
    }

    private static async Task<IpSearchPage> RunInAsync(IpDbContext db, bool readsUnpublished, IpSearchRequest request, PageRequest page,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var sql = IpSearchSql.For(request, readsUnpublished);
        var commands = new IpSearchCommands(db);
        var facetsAsked = request.Facets == true;
        var (exact, probe) = await LookFirstAsync(commands, sql, NumberOf(request.Q), Words(request.Q).Count > 0, cancellationToken);
        var search = new IpSearchSteps(commands, sql, exact, page);
        var (matches, items) = probe?.Way switch
        {
            null => (await search.UpToCapAsync(facetsAsked, null, cancellationToken), await search.PageAsync(null, cancellationToken)),
            IpSearchPlan.Way.FetchFew => await search.FetchFewAsync(cancellationToken),
            IpSearchPlan.Way.CountAndWalk => (await search.UpToCapAsync(facetsAsked, IpSearchPlan.CountBySequentialScan, cancellationToken),
                await search.PageAsync(IpSearchPlan.PageByFilingDate, cancellationToken)),
            _ => (Matches.BeyondCap, await search.PageAsync(IpSearchPlan.CountBySequentialScan + "; " + IpSearchPlan.PageByFilingDate, cancellationToken)),
        };
        var facets = facetsAsked ? await IpFacets.ForAsync(db, readsUnpublished, request, matches, probe, cancellationToken) : null;
        await transaction.CommitAsync(cancellationToken);
        var results = new PagedList<IpAssetSummary>(items, page.Number, page.Size, Math.Min(matches.Count, CountCap));
        return new IpSearchPage(results.Items, results.Page, results.PageSize, results.TotalCount, results.PageCount,
            results.HasPrevious, results.HasNext, facets) { TotalCountIsCapped = matches.Count > CountCap };
    }

    /// <summary>
    /// The matches whose application, publication or grant number is the query (<see cref="IpSearchSql.ExactNumber"/>),
    /// and the probe of a search with words: both need only the filter, so they go in one round trip.
    /// </summary>
    private static async Task<(List<Guid> Exact, IpSearchPlan.ProbeResult? Probe)> LookFirstAsync(
        IpSearchCommands commands, IpSearchSql sql, string? number, bool hasWords, CancellationToken cancellationToken)
    {
        var exact = number is null ? null : sql.ExactNumber(number);
        if (!hasWords)
        {
            return (exact is null ? [] : await commands.IdsAsync(exact, null, cancellationToken), null);
        }
        return await commands.ExactAndProbeAsync(exact, sql.Probe(), cancellationToken);
    }

    /// <summary>The order after the exact-number matches, for the export (the search's own is <see cref="IpSearchSql.Newest"/>).</summary>
    public static IOrderedQueryable<IpAsset> Newest(IQueryable<IpAsset> assets) =>
        assets.OrderByDescending(a => a.FiledOn).ThenBy(a => a.ApplicationNumber);

    /// <summary>The query as an application, publication or grant number, when it could be one (it has a digit).</summary>
    public static string? NumberOf(string? query) =>
        query?.Trim().ToUpperInvariant() is { Length: > 0 and <= IpAsset.NumberMaxLength } number && number.Any(char.IsAsciiDigit)
            ? number
            : null;

    /// <summary>The query's words, folded; a query too long to be a search is cut, not refused.</summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        var folded = VietnameseText.Fold(query is { Length: > IpSearchRequest.MaxQueryLength } ? query[..IpSearchRequest.MaxQueryLength] : query);
        return folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(10).ToList();
    }
}
