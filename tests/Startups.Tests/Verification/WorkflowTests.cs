using StPlatform.Startups.Organisations;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups.Tests.Verification;

public sealed class WorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Organisation Submitted()
    {
        var organisation = SampleOrganisations.Entity("Công ty TNHH Rô-bốt Biển Đông", lastUpdatedAt: Now.AddDays(-3));
        organisation.State = VerificationState.Submitted;
        organisation.Revision = 0;
        return organisation;
    }

    [Fact]
    public void Verifying_a_submission_registers_it_in_the_directory_at_revision_one()
    {
        var organisation = Submitted();

        var change = organisation.Verify(Now);

        Assert.Equal(Change.Registered, change);
        Assert.Equal(VerificationState.Verified, organisation.State);
        Assert.Equal(1, organisation.Revision);
        Assert.Equal(Now, organisation.LastUpdatedAt);
    }

    [Fact]
    public void Submission_taken_up_by_an_editor_is_pending_then_verified()
    {
        var organisation = Submitted();

        Assert.True(organisation.StartVerification());
        Assert.Equal(VerificationState.PendingVerification, organisation.State);
        Assert.Equal(Change.Registered, organisation.Verify(Now));
    }

    [Fact]
    public void Verified_entry_cannot_be_verified_again_and_nothing_changes()
    {
        var organisation = Submitted();
        organisation.Verify(Now);

        Assert.Equal(Change.Refused, organisation.Verify(Now.AddDays(1)));
        Assert.Equal(1, organisation.Revision);
    }

    [Fact]
    public void Each_edit_of_a_directory_entry_raises_its_revision_by_exactly_one()
    {
        var organisation = SampleOrganisations.Entity("Công ty CP Cảng Xanh");

        organisation.Edited(Now);
        organisation.Edited(Now);

        Assert.Equal(3, organisation.Revision);
    }

    [Fact]
    public void Edit_of_a_submission_not_yet_verified_announces_nothing()
    {
        var organisation = Submitted();

        Assert.Equal(Change.None, organisation.Edited(Now));
        Assert.Equal(0, organisation.Revision);
    }

    [Theory]
    [InlineData(12, 13, true)]
    [InlineData(12, 11, false)]
    [InlineData(6, 7, true)]
    [InlineData(24, 13, false)]
    public void Entry_not_updated_for_the_configured_months_is_marked_stale(int staleAfterMonths, int monthsSinceUpdate, bool stale)
    {
        var organisation = SampleOrganisations.Entity("Công ty TNHH Nông nghiệp Xanh An Lão", lastUpdatedAt: Now.AddMonths(-monthsSinceUpdate));

        Assert.Equal(stale, organisation.MarkStaleIfOutdated(Now, staleAfterMonths));
        Assert.Equal(stale ? VerificationState.Stale : VerificationState.Verified, organisation.State);
    }

    [Fact]
    public void Stale_entry_that_is_edited_is_current_again_and_stays_in_the_directory()
    {
        var organisation = SampleOrganisations.Entity("Công ty CP Dữ liệu Lạch Tray", lastUpdatedAt: Now.AddMonths(-20));
        organisation.MarkStaleIfOutdated(Now, 12);

        Assert.True(organisation.IsInDirectory);
        Assert.Equal(Change.Updated, organisation.Edited(Now));
        Assert.Equal(VerificationState.Verified, organisation.State);
    }

    [Fact]
    public void Submission_that_was_never_verified_is_not_marked_stale()
    {
        var organisation = Submitted();
        organisation.LastUpdatedAt = Now.AddYears(-3);

        Assert.False(organisation.MarkStaleIfOutdated(Now, 12));
        Assert.Equal(VerificationState.Submitted, organisation.State);
    }

    [Fact]
    public void Closed_organisation_leaves_the_directory_and_cannot_be_closed_twice()
    {
        var organisation = SampleOrganisations.Entity("Công ty TNHH Phần mềm Tiên Lãng");

        Assert.True(organisation.End(VerificationState.Closed, Now));
        Assert.False(organisation.IsInDirectory);
        Assert.False(organisation.End(VerificationState.Acquired, Now));
    }
}
