using StPlatform.Contracts.IntellectualProperty;

namespace StPlatform.IntellectualProperty.LegalEvents;

/// <summary>
/// The facts a protection term is counted from. A layout design also needs its creation date and,
/// once it is sold, its first commercial use (IP Law art. 93.7).
/// </summary>
public sealed record TermFacts(IpObjectType ObjectType, DateOnly FiledOn, DateOnly? CreatedOn = null, DateOnly? FirstCommercialUseOn = null);

/// <summary>The terms of IP Law art. 93, and which fee keeps each object type in force.</summary>
public static class ProtectionTerms
{
    /// <summary>An industrial design is renewable twice (5 + 5 + 5 years); a mark without limit.</summary>
    public const int MaxDesignRenewals = 2;

    /// <summary>A renewal is accepted from six months before the term ends to six months after (grace period).</summary>
    public const int RenewalWindowMonths = 6;

    public static DueKind? FeeKind(IpObjectType type) => type switch
    {
        IpObjectType.Patent or IpObjectType.UtilitySolution => DueKind.Annuity,
        IpObjectType.IndustrialDesign or IpObjectType.Trademark => DueKind.Renewal,
        _ => null,
    };

    /// <summary>The day protection ends, given the renewals paid; null for a geographical indication (indefinite).</summary>
    public static DateOnly? EndsOn(TermFacts facts, int renewalsPaid)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var filed = facts.FiledOn;
        return facts.ObjectType switch
        {
            IpObjectType.Patent => filed.AddYears(20),
            IpObjectType.UtilitySolution => filed.AddYears(10),
            IpObjectType.IndustrialDesign => filed.AddYears(5 * (1 + Math.Min(renewalsPaid, MaxDesignRenewals))),
            IpObjectType.Trademark => filed.AddYears(10 * (1 + renewalsPaid)),
            IpObjectType.LayoutDesign => LayoutDesignEnd(facts),
            _ => null,
        };
    }

    /// <summary>
    /// The next fee that keeps a right in force: for patents and utility solutions the annuity of the
    /// next year of validity (the first year, counted from the grant, is paid with the grant); for
    /// designs and marks the renewal due when the current term ends. Null when no fee is left to pay.
    /// </summary>
    public static (DateOnly On, DueKind Kind)? NextDue(TermFacts facts, DateOnly grantedOn, int annuitiesPaid, int renewalsPaid)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var end = EndsOn(facts, renewalsPaid);
        switch (FeeKind(facts.ObjectType))
        {
            case DueKind.Annuity:
                var next = grantedOn.AddYears(1 + annuitiesPaid);
                return next < end ? (next, DueKind.Annuity) : null;
            case DueKind.Renewal when facts.ObjectType == IpObjectType.IndustrialDesign && renewalsPaid >= MaxDesignRenewals:
                return null;
            case DueKind.Renewal:
                return (end!.Value, DueKind.Renewal);
            default:
                return null;
        }
    }

    private static DateOnly LayoutDesignEnd(TermFacts facts)
    {
        var end = facts.FiledOn.AddYears(10);
        if (facts.FirstCommercialUseOn is { } used && used.AddYears(10) < end)
        {
            end = used.AddYears(10);
        }
        if (facts.CreatedOn is { } created && created.AddYears(15) < end)
        {
            end = created.AddYears(15);
        }
        return end;
    }
}
