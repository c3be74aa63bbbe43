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
/// matches among the probe's 2,000 sampled rows, commonest first, and carry no count
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

    public static async Task<IpFacets> ForAsync(
        IpDbContext db, bool readsUnpublished, IpSearchRequest request, Matches matches, IpSearchPlan.ProbeResult? probe,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(matches);
        await db.Database.ExecuteSqlRawAsync(IpSearchPlan.PlannerDefaults, cancellationToken);
        if (matches.Ids is { } listed && matches.Count <= IpSearch.CountCap)
        {
            var ids = listed.ToArray();
            return await CountAsync(db.Assets.Where(a => ids.Contains(a.Id)), counted: true, cancellationToken);
        }
        var sampled = (probe?.Matches ?? await IpSearchPlan.Probe(db, readsUnpublished, request).ToListAsync(cancellationToken)).ToArray();
        return await CountAsync(db.Assets.Where(a => sampled.Contains(a.Id)), counted: false, cancellationToken);
    }

    private static async Task<IpFacets> CountAsync(IQueryable<IpAsset> assets, bool counted, CancellationToken cancellationToken)
    {
        var types = await assets.GroupBy(a => a.ObjectType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var statuses = await assets.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var classes = await assets.SelectMany(a => a.Classes).GroupBy(c => c).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(MaxValues).ToListAsync(cancellationToken);
        var years = await assets.GroupBy(a => a.FiledOn.Year).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Key).Take(MaxValues).ToListAsync(cancellationToken);
        var owners = await assets.SelectMany(a => a.Owners).Where(o => o.TaxCode != null)
            .GroupBy(o => o.TaxCode!).Select(g => new { g.Key, Name = g.Max(o => o.Name)!, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(MaxValues).ToListAsync(cancellationToken);
        int? Shown(int count) => counted ? count : null;
        return new IpFacets(
            [.. types.OrderByDescending(t => t.Count).Select(t => new FacetCount(ValidationErrors.JsonName(t.Key),
                $"{IpObjectTypeLabels.Vietnamese(t.Key)} / {IpObjectTypeLabels.English(t.Key)}", Shown(t.Count)))],
            [.. statuses.OrderByDescending(s => s.Count).Select(s => new FacetCount(ValidationErrors.JsonName(s.Key),
                $"{IpStatusLabels.Vietnamese(s.Key)} / {IpStatusLabels.English(s.Key)}", Shown(s.Count)))],
            [.. classes.Select(c => new FacetCount(c.Key, c.Key, Shown(c.Count)))],
            [.. years.Select(y => new FacetCount(Year(y.Key), Year(y.Key), Shown(y.Count)))],
            [.. owners.Select(o => new FacetCount(o.Key, o.Name, Shown(o.Count)))],
            counted);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
