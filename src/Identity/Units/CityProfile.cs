namespace StPlatform.Identity.Units;

/// <summary>
/// The city this deployment serves, from configuration (section <c>City</c>): a city is
/// configuration, not code. Its units are registered at start when missing; once registered, a
/// unit is renamed on the administration page (which tells the other services), never by a later
/// start, and none is deleted (tasks and records still name them).
/// </summary>
public sealed class CityProfile
{
    public const string Section = "City";

    public string Name { get; set; } = string.Empty;

    public List<CityUnit> Units { get; set; } = [];
}

public sealed class CityUnit
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? NameEn { get; set; }

    public string Kind { get; set; } = "department";
}
