namespace StPlatform.Contracts.Startups;

/// <summary>The kinds of organisation in the city's innovation ecosystem.</summary>
public enum OrganisationType
{
    InnovativeStartup,
    StEnterprise,
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
