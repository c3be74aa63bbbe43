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
    /// Counted in memory over a narrow projection: a city's directory holds thousands of entries,
    /// not millions, and six GROUP BYs (one over an unnested array) would cost more round trips.
    /// </summary>
    public static async Task<Facets> CountAsync(IQueryable<Organisation> results, CancellationToken cancellationToken)
    {
        var rows = await results
            .Select(o => new { o.Type, o.Sectors, o.Stage, o.District, o.FoundedYear, Certified = o.Certificates.Any(c => c.RevokedOn == null) })
            .ToListAsync(cancellationToken);
        return new Facets(
            Count(rows.Select(r => Json(r.Type))),
            Count(rows.SelectMany(r => r.Sectors)),
            Count(rows.Where(r => r.Stage is not null).Select(r => Json(r.Stage!.Value))),
            Count(rows.Select(r => r.District)),
            Count(rows.Where(r => r.FoundedYear is not null).Select(r => r.FoundedYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Count(rows.Select(r => r.Certified ? "true" : "false")));
    }

    private static string Json<TEnum>(TEnum value) where TEnum : struct, Enum => ServiceDefaults.ValidationErrors.JsonName(value);

    private static List<FacetCount> Count(IEnumerable<string> values) =>
        [.. values.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetCount(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
}
