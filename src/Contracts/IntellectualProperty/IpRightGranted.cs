namespace StPlatform.Contracts.IntellectualProperty;

/// <summary>A protection title (văn bằng bảo hộ) was granted.</summary>
public sealed record IpRightGranted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AssetId,
    IpObjectType ObjectType,
    string Title,
    string GrantNumber,
    DateOnly GrantedOn,
    IReadOnlyList<string> OwnerTaxCodes,
    IpOrigin? Origin) : IIntegrationEvent;
