using System.Linq.Expressions;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.LegalEvents;

namespace StPlatform.IntellectualProperty.Assets;

/// <summary>A row of a list or a search: enough to recognise the asset and see where it stands.</summary>
public sealed record IpAssetSummary(
    Guid Id,
    IpObjectType ObjectType,
    string Title,
    string ApplicationNumber,
    DateOnly FiledOn,
    string? GrantNumber,
    IpStatus Status,
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> Classes,
    DateOnly? ProtectionEndsOn,
    DateOnly? NextDueOn)
{
    /// <summary>An expression, so that a list query selects only these columns.</summary>
    public static readonly Expression<Func<IpAsset, IpAssetSummary>> FromAsset = a => new IpAssetSummary(
        a.Id, a.ObjectType, a.Title, a.ApplicationNumber, a.FiledOn, a.GrantNumber, a.Status,
        a.Owners.OrderBy(o => o.Position).Select(o => o.Name).ToList(), a.Classes, a.ProtectionEndsOn, a.NextDueOn);
}
