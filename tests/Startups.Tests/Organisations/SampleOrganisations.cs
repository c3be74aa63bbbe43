using StPlatform.Startups.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Organisations;

/// <summary>Valid organisations with names and tax codes no other test uses.</summary>
internal static class SampleOrganisations
{
    public static string UniqueName() => $"Công ty Cổ phần Công nghệ Sinh học Hải Phòng {Unique.Suffix()}";

    public static string UniqueTaxCode() => Unique.Digits(10);

    public static object Request(string name, string taxCode) => new
    {
        name,
        taxCode,
        type = "scienceTechnologyEnterprise",
        district = "Quận Lê Chân",
        foundedYear = 2018,
        stage = "growth",
        sectors = new[] { "biotech", "agritech" },
        technologies = new[] { "Nuôi cấy mô", "IoT" },
    };

    /// <summary>A verified, listed entry, as an editor would have entered it.</summary>
    public static Organisation Entity(string name, string? taxCode = null, DateTimeOffset? lastUpdatedAt = null)
    {
        var organisation = new Organisation
        {
            Name = name,
            TaxCode = taxCode ?? UniqueTaxCode(),
            Type = OrganisationType.Incubator,
            District = "Quận Ngô Quyền",
            FoundedYear = 2020,
            State = VerificationState.Verified,
            Revision = 1,
            LastUpdatedAt = lastUpdatedAt ?? DateTimeOffset.UtcNow,
        };
        organisation.Refold();
        return organisation;
    }
}
