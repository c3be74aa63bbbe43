using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Directory;

public sealed record FacetCount(string Value, int Count);

/// <summary>How many of a search's results fall under each value of each facet.</summary>
public sealed record Facets(
    IReadOnlyList<FacetCount> Type,
    IReadOnlyList<FacetCount> Sector,
    IReadOnlyList<FacetCount> Stage,
    IReadOnlyList<FacetCount> District,
    IReadOnlyList<FacetCount> FoundedYear,
    IReadOnlyList<FacetCount> Certified)
{
    /// <summary>
    /// Counted by PostgreSQL: one GROUP BY per facet over the same filtered set (sectors through
    /// unnest), so only the counts travel, however many organisations match.
    /// </summary>
    public static async Task<Facets> CountAsync(IQueryable<Organisation> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var types = await results.GroupBy(o => o.Type)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var sectors = await results.SelectMany(o => o.Sectors).GroupBy(s => s)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var stages = await results.Where(o => o.Stage != null).GroupBy(o => o.Stage!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var districts = await results.GroupBy(o => o.District)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var years = await results.Where(o => o.FoundedYear != null).GroupBy(o => o.FoundedYear!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var certified = await results.Select(o => new { Certified = o.Certificates.Any(c => c.RevokedOn == null) }).GroupBy(o => o.Certified)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new Facets(
            Ordered(types.Select(t => new FacetCount(Json(t.Key), t.Count))),
            Ordered(sectors.Select(s => new FacetCount(s.Key, s.Count))),
            Ordered(stages.Select(s => new FacetCount(Json(s.Key), s.Count))),
            Ordered(districts.Select(d => new FacetCount(d.Key, d.Count))),
            Ordered(years.Select(y => new FacetCount(y.Key.ToString(CultureInfo.InvariantCulture), y.Count))),
            Ordered(certified.Select(c => new FacetCount(c.Key ? "true" : "false", c.Count))));
    }

    private static string Json<TEnum>(TEnum value) where TEnum : struct, Enum => ServiceDefaults.ValidationErrors.JsonName(value);

    // Ordered here, not by the database, so that ties fall in ordinal order whatever the collation.
    private static List<FacetCount> Ordered(IEnumerable<FacetCount> counts) =>
        [.. counts.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
}
