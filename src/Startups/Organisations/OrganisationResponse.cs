using System.Linq.Expressions;

namespace StPlatform.Startups.Organisations;

/// <summary>An organisation as a list shows it.</summary>
public sealed record OrganisationResponse(
    Guid Id,
    string Name,
    string? NameEn,
    string TaxCode,
    OrganisationType Type,
    string District,
    int? FoundedYear,
    Stage? Stage,
    IReadOnlyList<string> Sectors,
    VerificationState State,
    bool IsPublic,
    bool Certified,
    Guid? PossibleDuplicateOfId,
    DateTimeOffset LastUpdatedAt)
{
    /// <summary>An expression, so that a list query selects only these columns.</summary>
    public static readonly Expression<Func<Organisation, OrganisationResponse>> FromOrganisation = o =>
        new OrganisationResponse(o.Id, o.Name, o.NameEn, o.TaxCode, o.Type, o.District, o.FoundedYear, o.Stage,
            o.Sectors, o.State, o.IsPublic, o.Certificates.Any(c => c.RevokedOn == null), o.PossibleDuplicateOfId, o.LastUpdatedAt);

    public static OrganisationResponse From(Organisation o) =>
        new(o.Id, o.Name, o.NameEn, o.TaxCode, o.Type, o.District, o.FoundedYear, o.Stage,
            o.Sectors, o.State, o.IsPublic, o.IsCertified, o.PossibleDuplicateOfId, o.LastUpdatedAt);
}
