using StPlatform.Contracts.Startups;
using Contract = StPlatform.Contracts.Startups;

namespace StPlatform.Startups.Organisations;

/// <summary>The integration events an organisation's changes are announced by.</summary>
public static class OrganisationEvents
{
    public static OrganisationRegistered Registered(Organisation o, DateTimeOffset now) =>
        new(Guid.NewGuid(), now, o.Id, o.TaxCode, o.Name, o.NameEn, ContractType(o.Type), o.District);

    public static OrganisationUpdated Updated(Organisation o, DateTimeOffset now) =>
        new(Guid.NewGuid(), now, o.Id, o.Revision, o.TaxCode, o.Name, o.NameEn, ContractType(o.Type), o.District,
            o.State == VerificationState.Stale);

    public static Contract.OrganisationType ContractType(OrganisationType type) => type switch
    {
        OrganisationType.ScienceTechnologyEnterprise => Contract.OrganisationType.StEnterprise,
        _ => Enum.Parse<Contract.OrganisationType>(type.ToString()),
    };
}
