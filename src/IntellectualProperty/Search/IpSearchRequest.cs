using Microsoft.AspNetCore.Mvc;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>
/// A search of the register: free text (any part of a word, with or without diacritics) and the
/// facets a reader narrows by. Unknown facet values match nothing rather than failing.
/// </summary>
public sealed record IpSearchRequest(
    [FromQuery(Name = "q")] string? Q = null,
    [FromQuery(Name = "type")] string? Type = null,
    [FromQuery(Name = "status")] string? Status = null,
    [FromQuery(Name = "class")] string? Class = null,
    [FromQuery(Name = "year")] int? Year = null,
    [FromQuery(Name = "owner")] string? Owner = null,
    [FromQuery(Name = "facets")] bool? Facets = null)
{
    public const int MaxQueryLength = 200;
}
