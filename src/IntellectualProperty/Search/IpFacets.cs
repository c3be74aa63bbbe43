using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>A facet value, and how many results have it when they were counted (null: not counted).</summary>
public sealed record FacetCount(string Value, string Label, int? Count);

/// <summary>
/// How the current results spread over the facets a reader narrows by. Counted exactly when there
/// are at most <see cref="IpSearch.CountCap"/> results (the search has their ids already); beyond
/// it, aggregating every match costs seconds at a million assets, so the values are those of the
/// matches among the probe's 2,000 sampled rows (at most 500 of them), commonest first, and carry no count
/// (<see cref="Counted"/> false): a sampled share is not a number to show as a count.
/// </summary>
public sealed record IpFacets(
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> Statuses,
    IReadOnlyList<FacetCount> Classes,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Owners,
    bool Counted)
{
    private const int MaxValues = 15;

    /// <summary>Enough sampled matches to name the common values, few enough to look up in a few milliseconds.</summary>
    private const int SampledValues = 500;

    public static async Task<IpFacets> ForAsync(
        IpDbContext db, bool readsUnpublished, IpSearchRequest request, Matches matches, IpSearchPlan.ProbeResult? probe,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(matches);
        PlannerSettings.BeforeNextQuery(db, IpSearchPlan.PlannerDefaults);
        if (matches.Ids is { } listed && matches.Count <= IpSearch.CountCap)
        {
            return await CountAsync(db, [.. listed], counted: true, cancellationToken);
        }
        var sampled = (probe ?? await IpSearchPlan.ProbeAsync(db, readsUnpublished, request, cancellationToken)).Matches;
        return await CountAsync(db, [.. sampled.Take(SampledValues)], counted: false, cancellationToken);
    }

    /// <summary>
    /// Two look-ups by key (the assets, their owners), counted in memory: at most a few thousand
    /// rows, where grouping in SQL took five queries and a join the planner could hash over every owner.
    /// </summary>
    private static async Task<IpFacets> CountAsync(IpDbContext db, Guid[] ids, bool counted, CancellationToken cancellationToken)
    {
        var assets = await db.Assets.Where(a => ids.Contains(a.Id))
            .Select(a => new { a.ObjectType, a.Status, a.Classes, a.FiledOn.Year }).ToListAsync(cancellationToken);
        var owners = await db.Owners.Where(o => ids.Contains(o.AssetId) && o.TaxCode != null)
            .Select(o => new { TaxCode = o.TaxCode!, o.Name }).ToListAsync(cancellationToken);
        int? Shown(int count) => counted ? count : null;
        return new IpFacets(
            [.. assets.CountBy(a => a.ObjectType).OrderByDescending(t => t.Value).Select(t => new FacetCount(ValidationErrors.JsonName(t.Key),
                $"{IpObjectTypeLabels.Vietnamese(t.Key)} / {IpObjectTypeLabels.English(t.Key)}", Shown(t.Value)))],
            [.. assets.CountBy(a => a.Status).OrderByDescending(s => s.Value).Select(s => new FacetCount(ValidationErrors.JsonName(s.Key),
                $"{IpStatusLabels.Vietnamese(s.Key)} / {IpStatusLabels.English(s.Key)}", Shown(s.Value)))],
            [.. assets.SelectMany(a => a.Classes).CountBy(c => c).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(MaxValues).Select(c => new FacetCount(c.Key, c.Key, Shown(c.Value)))],
            [.. assets.CountBy(a => a.Year).OrderByDescending(y => y.Key).Take(MaxValues)
                .Select(y => new FacetCount(Year(y.Key), Year(y.Key), Shown(y.Value)))],
            [.. owners.GroupBy(o => o.TaxCode).Select(g => (g.Key, Name: g.Select(o => o.Name).Max(StringComparer.Ordinal)!, Count: g.Count()))
                .OrderByDescending(o => o.Count).ThenBy(o => o.Key, StringComparer.Ordinal).Take(MaxValues)
                .Select(o => new FacetCount(o.Key, o.Name, Shown(o.Count)))],
            counted);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
