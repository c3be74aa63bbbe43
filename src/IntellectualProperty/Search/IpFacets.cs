using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;

namespace StPlatform.IntellectualProperty.Search;

public sealed record FacetCount(string Value, string Label, int Count);

/// <summary>How the current results spread over the facets a reader narrows by, largest first.</summary>
public sealed record IpFacets(
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> Statuses,
    IReadOnlyList<FacetCount> Classes,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Owners)
{
    private const int MaxValues = 15;

    public static async Task<IpFacets> CountAsync(IQueryable<IpAsset> assets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var types = await assets.GroupBy(a => a.ObjectType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var statuses = await assets.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var classes = await assets.SelectMany(a => a.Classes).GroupBy(c => c).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(MaxValues).ToListAsync(cancellationToken);
        var years = await assets.GroupBy(a => a.FiledOn.Year).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Key).Take(MaxValues).ToListAsync(cancellationToken);
        var owners = await assets.SelectMany(a => a.Owners).Where(o => o.TaxCode != null)
            .GroupBy(o => o.TaxCode!).Select(g => new { g.Key, Name = g.Max(o => o.Name)!, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(MaxValues).ToListAsync(cancellationToken);
        return new IpFacets(
            [.. types.OrderByDescending(t => t.Count).Select(t => new FacetCount(ServiceDefaults.ValidationErrors.JsonName(t.Key),
                $"{IpObjectTypeLabels.Vietnamese(t.Key)} / {IpObjectTypeLabels.English(t.Key)}", t.Count))],
            [.. statuses.OrderByDescending(s => s.Count).Select(s => new FacetCount(ServiceDefaults.ValidationErrors.JsonName(s.Key),
                $"{LegalEvents.IpStatusLabels.Vietnamese(s.Key)} / {LegalEvents.IpStatusLabels.English(s.Key)}", s.Count))],
            [.. classes.Select(c => new FacetCount(c.Key, c.Key, c.Count))],
            [.. years.Select(y => new FacetCount(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Count))],
            [.. owners.Select(o => new FacetCount(o.Key, o.Name, o.Count))]);
    }
}
