namespace StPlatform.Contracts.IntellectualProperty;

/// <summary>The first licence or assignment of an IP right was recorded.</summary>
public sealed record IpRightCommercialised(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AssetId,
    IpObjectType ObjectType,
    CommercialisationKind Kind,
    DateOnly RecordedOn,
    IReadOnlyList<string> OwnerTaxCodes,
    IpOrigin? Origin) : IIntegrationEvent;

public enum CommercialisationKind
{
    Licence,
    Assignment,
}
