using StPlatform.Contracts.IntellectualProperty;

namespace StPlatform.IntellectualProperty.LegalEvents;

/// <summary>
/// An asset's legal position after replaying its events in order: its status, grant, fees paid and
/// whether it was ever licensed or assigned. The protection end and the next fee follow from these
/// and the term of its object type. <see cref="LegalEventRules.Check"/> says whether an event may come next.
/// </summary>
public sealed record LegalState(
    TermFacts Facts,
    IpStatus Status,
    DateOnly LastEventOn,
    DateOnly? GrantedOn = null,
    int AnnuitiesPaid = 0,
    int RenewalsPaid = 0,
    bool Commercialised = false,
    bool IsPublished = false,
    bool IsExaminationRequested = false)
{
    public static LegalState Filed(TermFacts facts) => new(facts, IpStatus.Filed, facts?.FiledOn ?? throw new ArgumentNullException(nameof(facts)));

    public IpObjectType ObjectType => Facts.ObjectType;

    /// <summary>Known once a right was granted: the day protection ends at the fees paid so far.</summary>
    public DateOnly? ProtectionEndsOn => GrantedOn is null ? null : ProtectionTerms.EndsOn(Facts, RenewalsPaid);

    /// <summary>The next annuity or renewal, while the right is in force.</summary>
    public (DateOnly On, DueKind Kind)? NextDue =>
        Status == IpStatus.InForce && GrantedOn is { } granted
            ? ProtectionTerms.NextDue(Facts, granted, AnnuitiesPaid, RenewalsPaid)
            : null;

    /// <summary>The status on <paramref name="today"/>: a right in force whose term has run out reads as expired.</summary>
    public IpStatus StatusOn(DateOnly today) =>
        Status == IpStatus.InForce && ProtectionEndsOn is { } end && end <= today ? IpStatus.Expired : Status;

    /// <summary>The state after an event <see cref="LegalEventRules.Check"/> accepted.</summary>
    public LegalState Apply(LegalEventKind kind, DateOnly on)
    {
        var next = this with { LastEventOn = on };
        return kind switch
        {
            LegalEventKind.FormalityAccepted => next with { Status = IpStatus.FormalityAccepted },
            LegalEventKind.FormalityRefused => next with { Status = IpStatus.FormalityRefused },
            LegalEventKind.Published => next with { IsPublished = true, Status = IsExaminationRequested ? Status : IpStatus.Published },
            LegalEventKind.ExaminationRequested => next with { IsExaminationRequested = true, Status = IpStatus.ExaminationRequested },
            LegalEventKind.Granted => next with { Status = IpStatus.InForce, GrantedOn = on },
            LegalEventKind.Refused => next with { Status = IpStatus.Refused },
            LegalEventKind.AnnuityPaid => next with { AnnuitiesPaid = AnnuitiesPaid + 1 },
            LegalEventKind.RenewalPaid => next with { RenewalsPaid = RenewalsPaid + 1 },
            LegalEventKind.LicenceRecorded or LegalEventKind.AssignmentRecorded => next with { Commercialised = true },
            LegalEventKind.Lapsed => next with { Status = IpStatus.Lapsed },
            LegalEventKind.Expired => next with { Status = IpStatus.Expired },
            LegalEventKind.Invalidated => next with { Status = IpStatus.Invalidated },
            LegalEventKind.Restored => next with { Status = IpStatus.InForce },
            _ => next,
        };
    }

    /// <summary>Replays a stored history (its first event is the filing itself).</summary>
    public static LegalState Replay(TermFacts facts, IEnumerable<(LegalEventKind Kind, DateOnly On)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Where(e => e.Kind != LegalEventKind.Filed).Aggregate(Filed(facts), (state, e) => state.Apply(e.Kind, e.On));
    }
}
