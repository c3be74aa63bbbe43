namespace StPlatform.IntellectualProperty.Assets;

/// <summary>A holder of the right; the tax code, when known, links it to the directory's organisation.</summary>
public sealed class IpOwner
{
    public Guid AssetId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public string? TaxCode { get; set; }
}

/// <summary>An earlier application whose date this one claims (Paris Convention priority).</summary>
public sealed class PriorityClaim
{
    public required string Country { get; set; }

    public required string Number { get; set; }

    public DateOnly On { get; set; }
}
