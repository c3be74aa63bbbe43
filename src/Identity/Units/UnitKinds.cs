namespace StPlatform.Identity.Units;

/// <summary>The two kinds of unit a city has, as stored in <see cref="Unit.Kind"/> and as the pages name them.</summary>
public static class UnitKinds
{
    public const string Department = "department";
    public const string District = "district";

    public static readonly IReadOnlyList<string> All = [Department, District];

    public static string Label(string kind) => kind switch
    {
        Department => "Sở, ban, ngành / Department",
        District => "UBND quận, huyện / District committee",
        _ => kind,
    };
}
