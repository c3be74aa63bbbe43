namespace StPlatform.Identity.Units;

/// <summary>
/// A department or district committee of the city (Sở Tài chính, UBND quận Hồng Bàng). Other
/// services key on its <see cref="Code"/>, which never changes; its names may.
/// </summary>
public sealed class Unit
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 200;
    public const int KindMaxLength = 20;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Code { get; init; }

    public required string Name { get; set; }

    public string? NameEn { get; set; }

    /// <summary><c>department</c> (sở, ban, ngành) or <c>district</c> (UBND quận, huyện).</summary>
    public required string Kind { get; set; }

    /// <summary>PostgreSQL's xmin: the version a rename form was opened at, so a stale form cannot overwrite a newer name.</summary>
    public uint Version { get; set; }
}
