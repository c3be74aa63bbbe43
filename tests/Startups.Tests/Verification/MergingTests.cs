using StPlatform.Startups.Certificates;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Support;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups.Tests.Verification;

public sealed class MergingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merged_duplicate_hands_its_support_to_the_survivor_and_leaves_the_listing()
    {
        var survivor = SampleOrganisations.Entity("Công ty CP Công nghệ Hải Phòng");
        var duplicate = SampleOrganisations.Entity("CONG TY CP CONG NGHE HAI PHONG");
        duplicate.Support.Add(new SupportReceived { OrganisationId = duplicate.Id, Programme = "Đề án 844", Year = 2024, AmountMillionVnd = 300 });

        Assert.Null(Merging.Refusal(duplicate, survivor));
        duplicate.MergeInto(survivor, Now);

        Assert.Equal(VerificationState.Merged, duplicate.State);
        Assert.Equal(survivor.Id, duplicate.MergedIntoId);
        Assert.False(duplicate.IsPublic);
        Assert.Equal(survivor.Id, Assert.Single(duplicate.Support).OrganisationId);
        Assert.Equal(2, survivor.Revision);
    }

    [Fact]
    public void Duplicate_holding_a_valid_certificate_is_not_merged_away()
    {
        var survivor = SampleOrganisations.Entity("Công ty CP Công nghệ Hải Phòng");
        var duplicate = SampleOrganisations.Entity("CONG TY CP CONG NGHE HAI PHONG");
        duplicate.Certificates.Add(new StCertificate { OrganisationId = duplicate.Id, Number = "15/DNKHCN", IssuedOn = new DateOnly(2024, 5, 2), Issuer = "Sở KH&CN Hải Phòng" });

        Assert.NotNull(Merging.Refusal(duplicate, survivor));
    }

    [Fact]
    public void Entry_cannot_be_merged_into_itself_or_into_a_merged_one()
    {
        var entry = SampleOrganisations.Entity("Công ty CP Công nghệ Hải Phòng");
        var merged = SampleOrganisations.Entity("Công ty CP Công nghệ Hải Phòng cũ");
        merged.State = VerificationState.Merged;

        Assert.NotNull(Merging.Refusal(entry, entry));
        Assert.NotNull(Merging.Refusal(entry, merged));
    }
}
