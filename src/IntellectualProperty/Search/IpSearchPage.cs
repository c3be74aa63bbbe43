using StPlatform.IntellectualProperty.Assets;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>One page of a search, with the facet counts when they were asked for.</summary>
public sealed record IpSearchPage(
    IReadOnlyList<IpAssetSummary> Items,
    int Page,
    int PageSize,
    int TotalCount,
    int PageCount,
    bool HasPrevious,
    bool HasNext,
    IpFacets? Facets) : IPageInfo
{
    /// <summary>True when there are more matches than <see cref="TotalCount"/> (<see cref="IpSearch.CountCap"/>) says.</summary>
    public bool TotalCountIsCapped { get; init; }
}

/// <summary>How many matches a search met, up to one past the cap, and their ids when it listed them.</summary>
public sealed record Matches(int Count, IReadOnlyList<Guid>? Ids)
{
    /// <summary>More than the cap, known from the probe without counting.</summary>
    public static Matches BeyondCap { get; } = new(IpSearch.CountCap + 1, null);

    public static Matches Listed(IReadOnlyList<Guid> ids) => new((ids ?? throw new ArgumentNullException(nameof(ids))).Count, ids);
}
