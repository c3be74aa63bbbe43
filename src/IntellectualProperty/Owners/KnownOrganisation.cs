namespace StPlatform.IntellectualProperty.Owners;

/// <summary>
/// The startup directory's organisations, as its events describe them: the owner look-up that
/// turns a tax code on an asset into a link to the organisation's profile.
/// </summary>
public sealed class KnownOrganisation
{
    public Guid OrganisationId { get; set; }

    public required string TaxCode { get; set; }

    public required string Name { get; set; }

    public string? NameEn { get; set; }

    /// <summary>The directory's version of the entry; an older update arriving late is ignored.</summary>
    public int DirectoryVersion { get; set; }
}
