namespace StPlatform.Contracts.IntellectualProperty;

/// <summary>An application for an IP right was filed. Owners are named by tax code when known.</summary>
public sealed record IpAssetFiled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AssetId,
    IpObjectType ObjectType,
    string Title,
    string ApplicationNumber,
    DateOnly FilingDate,
    IReadOnlyList<string> OwnerTaxCodes,
    IpOrigin? Origin) : IIntegrationEvent;
