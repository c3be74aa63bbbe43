using StPlatform.ServiceDefaults.Text;
using StPlatform.Startups.Certificates;
using StPlatform.Startups.Support;

namespace StPlatform.Startups.Organisations;

/// <summary>
/// A member of the city's innovation ecosystem: a startup, an S&amp;T enterprise, an incubator, an
/// investor ... known across the platform by its tax code (mã số thuế).
/// </summary>
public sealed class Organisation
{
    public const int NameMaxLength = 300;
    public const int TaxCodeMaxLength = 14;
    public const int DistrictMaxLength = 100;
    public const int TextMaxLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public string? NameEn { get; set; }

    public required string TaxCode { get; set; }

    public OrganisationType Type { get; set; }

    public InvestorKind? InvestorKind { get; set; }

    public required string District { get; set; }

    public string? Ward { get; set; }

    public int? FoundedYear { get; set; }

    public Stage? Stage { get; set; }

    public SizeBand? SizeBand { get; set; }

    /// <summary>Codes from <see cref="SectorCatalogue"/>, so that the directory's facet counts like with like.</summary>
    public List<string> Sectors { get; set; } = [];

    public List<string> Technologies { get; set; } = [];

    public string? Website { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public VerificationState State { get; set; } = VerificationState.Verified;

    /// <summary>False when the organisation opted out of the public listing; editors still see it.</summary>
    public bool IsPublic { get; set; } = true;

    public DateTimeOffset LastUpdatedAt { get; set; }

    /// <summary>Another entry this one looks like (same name once folded), found when it was registered.</summary>
    public Guid? PossibleDuplicateOfId { get; set; }

    public Guid? MergedIntoId { get; set; }

    /// <summary>When an editor approved a claim on the entry: the organisation manages it since.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>
    /// Counts the changes other services have been told of (<c>OrganisationUpdated.Version</c>):
    /// 1 when registered, one more per change. Unlike <see cref="Version"/> it rises by exactly one.
    /// </summary>
    public int Revision { get; set; }

    /// <summary>PostgreSQL's xmin: the ETag and the optimistic-concurrency token.</summary>
    public uint Version { get; set; }

    /// <summary>Name, English name, tax code, district, sectors and technologies folded for search.</summary>
    public string SearchText { get; set; } = string.Empty;

    /// <summary>The name as <see cref="OrganisationNames.Fold"/> gives it, compared for near-duplicates.</summary>
    public string FoldedName { get; set; } = string.Empty;

    /// <summary>Recomputes the folded columns; call after any change of the fields they fold.</summary>
    public void Refold()
    {
        FoldedName = OrganisationNames.Fold(Name);
        SearchText = VietnameseText.FoldAll([Name, NameEn, TaxCode, District, Ward, .. Sectors.Select(SectorCatalogue.Label), .. Technologies]);
    }

    public List<StCertificate> Certificates { get; set; } = [];

    public List<SupportReceived> Support { get; set; } = [];

    public List<FundingRound> FundingRounds { get; set; } = [];

    public bool IsInDirectory => State is VerificationState.Verified or VerificationState.Stale;

    public bool IsCertified => Certificates.Any(c => c.RevokedOn is null);
}
