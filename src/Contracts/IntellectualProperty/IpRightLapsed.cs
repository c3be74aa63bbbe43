namespace StPlatform.Contracts.IntellectualProperty;

/// <summary>An IP right stopped being in force: lapsed (fee unpaid), expired or invalidated.</summary>
public sealed record IpRightLapsed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AssetId,
    IpObjectType ObjectType,
    LapseReason Reason,
    DateOnly EffectiveOn,
    IReadOnlyList<string> OwnerTaxCodes,
    IpOrigin? Origin) : IIntegrationEvent;

public enum LapseReason
{
    Lapsed,
    Expired,
    Invalidated,
}
