using StPlatform.Startups.Tests.Organisations;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups.Tests.Verification;

public sealed class ClaimTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Claim ClaimOn(Guid organisationId, string email) => new()
    {
        OrganisationId = organisationId,
        ClaimantName = "Nguyễn Thị Hương",
        Position = "Giám đốc",
        Email = email,
        Phone = "0225 3842 123",
        Evidence = "Giấy đăng ký doanh nghiệp số 0201234567 do Sở KH&ĐT Hải Phòng cấp.",
        SubmittedAt = Now,
    };

    [Fact]
    public void Approved_claimant_becomes_the_contact_and_other_open_claims_are_rejected()
    {
        var organisation = SampleOrganisations.Entity("Công ty CP Công nghệ Hải Phòng");
        var claim = ClaimOn(organisation.Id, "huong@congnghehp.vn");
        var rival = ClaimOn(organisation.Id, "someone@example.com");

        Assert.True(claim.Approve(organisation, [claim, rival], "directory-editor", Now));

        Assert.Equal(ClaimState.Approved, claim.State);
        Assert.Equal(ClaimState.Rejected, rival.State);
        Assert.Equal("huong@congnghehp.vn", organisation.Email);
        Assert.Equal(Now, organisation.ClaimedAt);
    }

    [Fact]
    public void Decided_claim_cannot_be_decided_again()
    {
        var organisation = SampleOrganisations.Entity("Công ty CP Công nghệ Hải Phòng");
        var claim = ClaimOn(organisation.Id, "huong@congnghehp.vn");
        claim.Reject("directory-editor", Now);

        Assert.False(claim.Approve(organisation, [], "directory-editor", Now));
        Assert.Null(organisation.Email);
    }

    [Fact]
    public void Claim_on_another_organisation_cannot_be_approved_for_this_one()
    {
        var organisation = SampleOrganisations.Entity("Công ty CP Công nghệ Hải Phòng");
        var claim = ClaimOn(Guid.NewGuid(), "huong@congnghehp.vn");

        Assert.False(claim.Approve(organisation, [], "directory-editor", Now));
    }
}
