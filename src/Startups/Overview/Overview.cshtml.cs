using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Overview;

/// <summary>The ecosystem at a glance: the public directory counted by type, sector and district.</summary>
public sealed class OverviewModel(StartupsDbContext db) : PageModel
{
    public int Total { get; private set; }

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var listed = DirectoryQuery.Listed(db.Organisations);
        var facets = await Facets.CountAsync(listed, cancellationToken);
        Total = facets.Type.Sum(f => f.Count);
        Charts =
        [
            new BarChart("by-type", "Theo loại hình / By type",
                [.. facets.Type.Select(f => new Bar(Enum.TryParse<OrganisationType>(f.Value, true, out var t) ? OrganisationTypeLabels.Vietnamese(t) : f.Value, f.Count))]),
            new BarChart("by-sector", "Theo lĩnh vực / By sector",
                [.. facets.Sector.Select(f => new Bar(SectorCatalogue.Label(f.Value), f.Count))]),
            new BarChart("by-district", "Theo quận, huyện / By district",
                [.. facets.District.Select(f => new Bar(f.Value, f.Count))]),
        ];
    }
}

public sealed record Bar(string Label, int Count);

/// <summary>A horizontal bar chart drawn on the server as SVG, with its numbers also as a table.</summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<Bar> Bars)
{
    public const int LabelWidth = 260;
    public const int BarArea = 380;
    public const int RowHeight = 28;

    public int Height => Math.Max(1, Bars.Count) * RowHeight + 8;

    public int Width(int count) => Bars.Count == 0 ? 0 : (int)Math.Round(BarArea * count / (double)Math.Max(1, Bars.Max(b => b.Count)));
}
