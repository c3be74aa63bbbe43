namespace StPlatform.IntellectualProperty.LegalEvents;

/// <summary>What the IP office or the owner did to an asset, in the words of the register.</summary>
public enum LegalEventKind
{
    Filed,
    FormalityAccepted,
    FormalityRefused,
    Published,
    ExaminationRequested,
    Granted,
    Refused,
    AnnuityPaid,
    RenewalPaid,
    LicenceRecorded,
    AssignmentRecorded,
    Lapsed,
    Expired,
    Invalidated,
    Restored,
}

/// <summary>Where an asset stands; never stored by hand, always replayed from its legal events.</summary>
public enum IpStatus
{
    Filed,
    FormalityAccepted,
    Published,
    ExaminationRequested,
    InForce,
    FormalityRefused,
    Refused,
    Lapsed,
    Expired,
    Invalidated,
}

/// <summary>What the next payment keeps alive: a yearly annuity (patents) or a renewal (designs, marks).</summary>
public enum DueKind
{
    Annuity,
    Renewal,
}
