namespace StPlatform.IntellectualProperty.Search;

/// <summary>One facet as the register page lists it: its values, the one chosen, and the link that chooses another.</summary>
public sealed record FacetGroup(string Title, IReadOnlyList<FacetCount> Values, string? Selected, Func<string?, string> Link);
