using StPlatform.IntellectualProperty.Assets;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>
/// The ways a search counts its matches and reads its page, once the probe has chosen one
/// (<see cref="IpSearchPlan.Way"/>). Each step's planner settings ride in front of its first statement.
/// </summary>
internal sealed class IpSearchSteps(IpSearchCommands commands, IpSearchSql sql, List<Guid> exact, PageRequest page)
{
    /// <summary>The matches up to one past the cap: their ids when the facets will count them, else only how many.</summary>
    public async Task<Matches> UpToCapAsync(bool listed, string? settings, CancellationToken cancellationToken) => listed
        ? Matches.Listed(await commands.IdsAsync(sql.UpToCap(listed: true), settings, cancellationToken))
        : new Matches(await commands.CountAsync(sql.UpToCap(listed: false), settings, cancellationToken), null);

    /// <summary>
    /// The exact-number matches ahead of the newest of the rest:
    /// two index-friendly statements instead of one ordered by an expression over every match.
    /// </summary>
    public async Task<List<IpAssetSummary>> PageAsync(string? settings, CancellationToken cancellationToken)
    {
        var offset = (page.Number - 1) * page.Size;
        var items = new List<IpAssetSummary>();
        if (offset < exact.Count)
        {
            items.AddRange(await commands.SummariesAsync(sql.Exact(exact, offset, page.Size), settings, cancellationToken));
            settings = null;
        }
        if (items.Count < page.Size)
        {
            items.AddRange(await commands.SummariesAsync(
                sql.Newest(exact, Math.Max(0, offset - exact.Count), page.Size - items.Count), settings, cancellationToken));
        }
        return items;
    }

    /// <summary>
    /// Few matches: fetch them once from a bitmap of the trigram and number-gram indexes (up to the cap), count and rank them in
    /// memory, then read the page's rows by id; more than the cap after all, the page walks the filing-date index.
    /// </summary>
    public async Task<(Matches, List<IpAssetSummary>)> FetchFewAsync(CancellationToken cancellationToken)
    {
        var candidates = await commands.CandidatesAsync(sql.Candidates(), IpSearchPlan.FetchByBitmap, cancellationToken);
        var matches = Matches.Listed([.. candidates.Select(c => c.Id)]);
        if (candidates.Count > IpSearch.CountCap)
        {
            return (matches, await PageAsync(IpSearchPlan.PageAfterAll, cancellationToken));
        }
        var ids = exact.Concat(IpSearchPlan.Newest(candidates.Where(c => !exact.Contains(c.Id))))
            .Skip((page.Number - 1) * page.Size).Take(page.Size).ToList();
        var rows = ids.Count == 0 ? [] : await commands.SummariesAsync(sql.Rows(ids), null, cancellationToken);
        return (matches, [.. rows.OrderBy(r => ids.IndexOf(r.Id))]);
    }
}
