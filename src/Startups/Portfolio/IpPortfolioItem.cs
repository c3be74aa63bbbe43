using StPlatform.Contracts.IntellectualProperty;

namespace StPlatform.Startups.Portfolio;

/// <summary>
/// The directory's copy of one IP asset from the IP registry, for the owners' profiles. Each
/// event fills in its own facts, so the copy ends the same whatever order the events came in (a
/// lapse before its grant) and however often each came; the status is derived from those facts.
/// </summary>
public sealed class IpPortfolioItem
{
    public Guid AssetId { get; init; }

    public IpObjectType ObjectType { get; set; }

    public string? Title { get; set; }

    public string? ApplicationNumber { get; set; }

    public DateOnly? FiledOn { get; set; }

    public string? GrantNumber { get; set; }

    public DateOnly? GrantedOn { get; set; }

    public DateOnly? CommercialisedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public LapseReason? EndReason { get; set; }

    /// <summary>Owners as of <see cref="OwnersAsOf"/>: a later event's list replaces an earlier one's, never the reverse.</summary>
    public List<string> OwnerTaxCodes { get; set; } = [];

    public DateTimeOffset OwnersAsOf { get; set; }

    public PortfolioStatus Status =>
        EndedOn is not null ? PortfolioStatus.NoLongerInForce
        : GrantedOn is not null ? PortfolioStatus.Granted
        : PortfolioStatus.Filed;

    public void Filed(IpAssetFiled filed)
    {
        ObjectType = filed.ObjectType;
        Title ??= filed.Title;
        ApplicationNumber = filed.ApplicationNumber;
        FiledOn = filed.FilingDate;
        Owners(filed.OwnerTaxCodes, filed.OccurredAt);
    }

    public void Granted(IpRightGranted granted)
    {
        ObjectType = granted.ObjectType;
        Title = granted.Title;
        GrantNumber = granted.GrantNumber;
        GrantedOn = granted.GrantedOn;
        Owners(granted.OwnerTaxCodes, granted.OccurredAt);
    }

    public void Commercialised(IpRightCommercialised commercialised)
    {
        ObjectType = commercialised.ObjectType;
        // The first licence or assignment is the one that counts, whichever arrives first.
        if (CommercialisedOn is null || commercialised.RecordedOn < CommercialisedOn)
        {
            CommercialisedOn = commercialised.RecordedOn;
        }
        Owners(commercialised.OwnerTaxCodes, commercialised.OccurredAt);
    }

    public void Lapsed(IpRightLapsed lapsed)
    {
        ObjectType = lapsed.ObjectType;
        EndedOn = lapsed.EffectiveOn;
        EndReason = lapsed.Reason;
        Owners(lapsed.OwnerTaxCodes, lapsed.OccurredAt);
    }

    private void Owners(IReadOnlyList<string> taxCodes, DateTimeOffset asOf)
    {
        if (asOf < OwnersAsOf)
        {
            return;
        }
        OwnerTaxCodes = [.. taxCodes.Where(code => !string.IsNullOrWhiteSpace(code)).Distinct(StringComparer.Ordinal)];
        OwnersAsOf = asOf;
    }
}

public enum PortfolioStatus
{
    Filed,
    Granted,
    NoLongerInForce,
}
