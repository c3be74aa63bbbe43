namespace StPlatform.Startups.Organisations;

public enum OrganisationType
{
    InnovativeStartup,
    ScienceTechnologyEnterprise,
    OtherEnterprise,
    Incubator,
    Accelerator,
    InnovationCentre,
    CoworkingSpace,
    Investor,
    Network,
    ResearchInstitute,
    University,
    SupportProgramme,
}

/// <summary>What kind of investor an organisation of type <see cref="OrganisationType.Investor"/> is.</summary>
public enum InvestorKind
{
    Angel,
    Fund,
    Corporate,
    PublicFund,
}

/// <summary>
/// submitted → pending verification → verified → stale (not updated for N months) → closed /
/// acquired / merged. Only verified and stale entries are part of the directory.
/// </summary>
public enum VerificationState
{
    Submitted,
    PendingVerification,
    Verified,
    Stale,
    Closed,
    Acquired,
    Merged,
}

public enum Stage
{
    Idea,
    Prototype,
    EarlyStage,
    Growth,
    Expansion,
    Mature,
}

/// <summary>Employees, in the bands of Decree 80/2021 for small and medium enterprises.</summary>
public enum SizeBand
{
    Micro,
    Small,
    Medium,
    Large,
}
