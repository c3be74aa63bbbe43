using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.LegalEvents;

namespace StPlatform.IntellectualProperty.Assets;

public sealed record OwnerResponse(string Name, string? TaxCode, Guid? OrganisationId);

public sealed record LegalEventResponse(int Sequence, LegalEventKind Kind, DateOnly On, string? Reference, string? Note, DateTimeOffset RecordedAt);

/// <summary>One asset with its history and what follows from it today.</summary>
public sealed record IpAssetResponse(
    Guid Id,
    IpObjectType ObjectType,
    string Title,
    string? TitleEn,
    string ApplicationNumber,
    DateOnly FiledOn,
    IReadOnlyList<PriorityClaim> PriorityClaims,
    string? PublicationNumber,
    DateOnly? PublishedOn,
    string? GrantNumber,
    DateOnly? GrantedOn,
    string ClassScheme,
    IReadOnlyList<string> Classes,
    IReadOnlyList<string> Applicants,
    IReadOnlyList<OwnerResponse> Owners,
    IReadOnlyList<string> Inventors,
    string? Agent,
    IpOrigin? Origin,
    DateOnly? CreatedOn,
    DateOnly? FirstCommercialUseOn,
    IpStatus Status,
    DateOnly? ProtectionEndsOn,
    DateOnly? NextDueOn,
    DueKind? NextDueKind,
    bool Commercialised,
    IReadOnlyList<LegalEventResponse> Events)
{
    /// <param name="organisations">The directory's organisations by tax code, for the owners' links.</param>
    public static IpAssetResponse From(IpAsset asset, DateOnly today, IReadOnlyDictionary<string, Guid> organisations)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(organisations);
        var state = asset.State;
        return new IpAssetResponse(
            asset.Id, asset.ObjectType, asset.Title, asset.TitleEn, asset.ApplicationNumber, asset.FiledOn,
            asset.PriorityClaims, asset.PublicationNumber, asset.PublishedOn, asset.GrantNumber, asset.GrantedOn,
            IpClasses.Scheme(asset.ObjectType), asset.Classes, asset.Applicants,
            [.. asset.Owners.OrderBy(o => o.Position).Select(o => new OwnerResponse(o.Name, o.TaxCode,
                o.TaxCode is not null && organisations.TryGetValue(o.TaxCode, out var id) ? id : null))],
            asset.Inventors, asset.Agent, asset.Origin, asset.CreatedOn, asset.FirstCommercialUseOn,
            state.StatusOn(today), state.ProtectionEndsOn, state.NextDue?.On, state.NextDue?.Kind, state.Commercialised,
            [.. asset.Events.OrderBy(e => e.Sequence).Select(e => new LegalEventResponse(e.Sequence, e.Kind, e.On, e.Reference, e.Note, e.RecordedAt))]);
    }
}
