using StPlatform.Contracts;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.Assets;

namespace StPlatform.IntellectualProperty.LegalEvents;

/// <summary>
/// The events other services hear from the register: the programme registry counts grants,
/// commercialisations and lapses toward its indicators, the directory shows portfolios by tax code.
/// </summary>
public static class IpIntegrationEvents
{
    public static IpAssetFiled Filed(IpAsset asset, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return new(Guid.CreateVersion7(), now, asset.Id, asset.ObjectType, asset.Title, asset.ApplicationNumber, asset.FiledOn, asset.OwnerTaxCodes, asset.Origin);
    }

    /// <summary>The event a newly recorded legal event causes, if any; <paramref name="wasCommercialised"/> is the state before it.</summary>
    public static IIntegrationEvent? For(IpAsset asset, IpLegalEvent recorded, bool wasCommercialised, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(recorded);
        var owners = asset.OwnerTaxCodes;
        return recorded.Kind switch
        {
            LegalEventKind.Granted => (IIntegrationEvent)new IpRightGranted(Guid.CreateVersion7(), now, asset.Id, asset.ObjectType, asset.Title,
                recorded.Reference!, recorded.On, owners, asset.Origin),
            LegalEventKind.LicenceRecorded or LegalEventKind.AssignmentRecorded when !wasCommercialised => new IpRightCommercialised(
                Guid.CreateVersion7(), now, asset.Id, asset.ObjectType,
                recorded.Kind == LegalEventKind.LicenceRecorded ? CommercialisationKind.Licence : CommercialisationKind.Assignment,
                recorded.On, owners, asset.Origin),
            LegalEventKind.Lapsed or LegalEventKind.Expired or LegalEventKind.Invalidated => new IpRightLapsed(
                Guid.CreateVersion7(), now, asset.Id, asset.ObjectType,
                recorded.Kind switch { LegalEventKind.Lapsed => LapseReason.Lapsed, LegalEventKind.Expired => LapseReason.Expired, _ => LapseReason.Invalidated },
                recorded.On, owners, asset.Origin),
            _ => null,
        };
    }
}
