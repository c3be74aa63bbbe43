using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.LegalEvents;

namespace StPlatform.IntellectualProperty.Tests.LegalEvents;

public sealed class LegalEventRulesTests
{
    private static readonly DateOnly FiledOn = new(2020, 2, 3);
    private static readonly DateOnly Later = new(2023, 1, 1);

    [Fact]
    public void Renewal_before_grant_is_refused_naming_the_kind()
    {
        var pending = Histories.Filed(IpObjectType.Trademark, FiledOn).Then(LegalEventKind.FormalityAccepted, FiledOn.AddDays(30));

        var refusal = pending.Refusal(LegalEventKind.RenewalPaid, Later);

        Assert.Equal("kind", refusal?.Field);
        Assert.Contains("in force", refusal!.Message, StringComparison.Ordinal);
        Assert.Contains("đang có hiệu lực", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Annuity_before_grant_is_refused()
    {
        var pending = Histories.Filed(IpObjectType.Patent, FiledOn).Then(LegalEventKind.FormalityAccepted, FiledOn.AddDays(30));

        Assert.Equal("kind", pending.Refusal(LegalEventKind.AnnuityPaid, Later)?.Field);
    }

    [Fact]
    public void Grant_after_a_refusal_is_refused()
    {
        var refused = Histories.Filed(IpObjectType.IndustrialDesign, FiledOn)
            .Then(LegalEventKind.FormalityAccepted, FiledOn.AddDays(30))
            .Then(LegalEventKind.Refused, FiledOn.AddDays(300));

        var refusal = refused.Refusal(LegalEventKind.Granted, Later);

        Assert.Equal("kind", refusal?.Field);
        Assert.Contains("refused", refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Grant_before_formality_examination_is_refused()
    {
        Assert.Equal("kind", Histories.Filed(IpObjectType.Trademark, FiledOn).Refusal(LegalEventKind.Granted, Later)?.Field);
    }

    [Fact]
    public void Patent_is_granted_only_after_substantive_examination_was_requested()
    {
        var accepted = Histories.Filed(IpObjectType.Patent, FiledOn).Then(LegalEventKind.FormalityAccepted, FiledOn.AddDays(30));

        Assert.Equal("kind", accepted.Refusal(LegalEventKind.Granted, Later)?.Field);
        Assert.Null(accepted.Then(LegalEventKind.ExaminationRequested, FiledOn.AddDays(60)).Refusal(LegalEventKind.Granted, Later));
    }

    [Fact]
    public void Trademark_may_not_request_substantive_examination()
    {
        var accepted = Histories.Filed(IpObjectType.Trademark, FiledOn).Then(LegalEventKind.FormalityAccepted, FiledOn.AddDays(30));

        Assert.Equal("kind", accepted.Refusal(LegalEventKind.ExaminationRequested, Later)?.Field);
    }

    [Fact]
    public void Restoration_is_accepted_only_after_a_lapse_and_brings_the_right_back_in_force()
    {
        var granted = Histories.Granted(IpObjectType.Patent, FiledOn, new DateOnly(2022, 5, 5));
        var lapsed = granted.Then(LegalEventKind.Lapsed, new DateOnly(2023, 11, 6));

        Assert.Equal("kind", granted.Refusal(LegalEventKind.Restored, Later.AddYears(1))?.Field);
        Assert.Equal(IpStatus.Lapsed, lapsed.Status);
        Assert.Null(lapsed.NextDue);
        Assert.Equal(IpStatus.InForce, lapsed.Then(LegalEventKind.Restored, new DateOnly(2024, 2, 1)).Status);
    }

    [Fact]
    public void Event_dated_before_the_previous_one_or_in_the_future_is_refused_naming_the_date()
    {
        var accepted = Histories.Filed(IpObjectType.Trademark, FiledOn).Then(LegalEventKind.FormalityAccepted, new DateOnly(2020, 6, 1));

        Assert.Equal("date", accepted.Refusal(LegalEventKind.Published, new DateOnly(2020, 5, 31))?.Field);
        Assert.Equal("date", accepted.Refusal(LegalEventKind.Published, Histories.Today.AddDays(1))?.Field);
    }

    [Fact]
    public void Filing_cannot_be_recorded_a_second_time()
    {
        Assert.Equal("kind", Histories.Filed(IpObjectType.Patent, FiledOn).Refusal(LegalEventKind.Filed, Later)?.Field);
    }

    [Fact]
    public void Industrial_design_renewed_a_third_time_is_refused()
    {
        var twice = Histories.Granted(IpObjectType.IndustrialDesign, new DateOnly(2010, 1, 15), new DateOnly(2011, 1, 1))
            .Then(LegalEventKind.RenewalPaid, new DateOnly(2015, 1, 1))
            .Then(LegalEventKind.RenewalPaid, new DateOnly(2020, 1, 1));

        Assert.Equal("kind", twice.Refusal(LegalEventKind.RenewalPaid, new DateOnly(2024, 12, 1))?.Field);
    }

    [Fact]
    public void Renewal_outside_six_months_either_side_of_the_term_end_is_refused_naming_the_date()
    {
        var granted = Histories.Granted(IpObjectType.Trademark, new DateOnly(2014, 7, 1), new DateOnly(2015, 7, 1));

        Assert.Equal("date", granted.Refusal(LegalEventKind.RenewalPaid, new DateOnly(2023, 12, 31))?.Field);
        Assert.Null(granted.Refusal(LegalEventKind.RenewalPaid, new DateOnly(2024, 1, 1)));
        Assert.Null(granted.Refusal(LegalEventKind.RenewalPaid, new DateOnly(2024, 12, 31)));
        Assert.Equal("date", granted.Refusal(LegalEventKind.RenewalPaid, new DateOnly(2025, 1, 2))?.Field);
    }

    [Fact]
    public void Expiry_before_the_end_of_the_term_is_refused_and_a_geographical_indication_never_expires()
    {
        var patent = Histories.Granted(IpObjectType.UtilitySolution, new DateOnly(2010, 1, 1), new DateOnly(2012, 1, 1));
        var gi = Histories.Granted(IpObjectType.GeographicalIndication, new DateOnly(2010, 1, 1), new DateOnly(2012, 1, 1));

        Assert.Equal("date", patent.Refusal(LegalEventKind.Expired, new DateOnly(2019, 12, 31))?.Field);
        Assert.Null(patent.Refusal(LegalEventKind.Expired, new DateOnly(2020, 1, 1)));
        Assert.Equal("kind", gi.Refusal(LegalEventKind.Expired, Later)?.Field);
    }

    [Fact]
    public void Geographical_indication_cannot_be_licensed_assigned_or_lapse_for_fees()
    {
        var gi = Histories.Granted(IpObjectType.GeographicalIndication, new DateOnly(2010, 1, 1), new DateOnly(2012, 1, 1));

        Assert.Equal("kind", gi.Refusal(LegalEventKind.LicenceRecorded, Later)?.Field);
        Assert.Equal("kind", gi.Refusal(LegalEventKind.AssignmentRecorded, Later)?.Field);
        Assert.Equal("kind", gi.Refusal(LegalEventKind.Lapsed, Later)?.Field);
    }

    [Fact]
    public void Licence_is_recorded_only_for_a_right_in_force_and_marks_it_commercialised()
    {
        var pending = Histories.Filed(IpObjectType.Trademark, FiledOn).Then(LegalEventKind.FormalityAccepted, FiledOn.AddDays(30));
        var granted = Histories.Granted(IpObjectType.Trademark, FiledOn, new DateOnly(2021, 8, 1));

        Assert.Equal("kind", pending.Refusal(LegalEventKind.LicenceRecorded, Later)?.Field);
        Assert.False(granted.Commercialised);
        Assert.True(granted.Then(LegalEventKind.LicenceRecorded, Later).Commercialised);
    }

    [Fact]
    public void Invalidation_applies_to_a_granted_right_even_after_it_lapsed_but_not_to_an_application()
    {
        var lapsed = Histories.Granted(IpObjectType.Patent, FiledOn, new DateOnly(2022, 1, 1)).Then(LegalEventKind.Lapsed, new DateOnly(2023, 6, 1));
        var pending = Histories.Filed(IpObjectType.Patent, FiledOn);

        Assert.Equal(IpStatus.Invalidated, lapsed.Then(LegalEventKind.Invalidated, new DateOnly(2024, 1, 1)).Status);
        Assert.Equal("kind", pending.Refusal(LegalEventKind.Invalidated, Later)?.Field);
    }

    [Fact]
    public void Publication_keeps_an_application_under_examination_in_that_status_and_is_recorded_once()
    {
        var examined = Histories.Filed(IpObjectType.Patent, FiledOn)
            .Then(LegalEventKind.FormalityAccepted, FiledOn.AddDays(30))
            .Then(LegalEventKind.ExaminationRequested, FiledOn.AddDays(40))
            .Then(LegalEventKind.Published, FiledOn.AddMonths(19));

        Assert.Equal(IpStatus.ExaminationRequested, examined.Status);
        Assert.Equal("kind", examined.Refusal(LegalEventKind.Published, Later)?.Field);
    }

    [Fact]
    public void Replaying_a_stored_history_gives_the_same_state_as_recording_it()
    {
        var facts = new TermFacts(IpObjectType.Trademark, FiledOn);
        (LegalEventKind, DateOnly)[] events =
        [
            (LegalEventKind.Filed, FiledOn), (LegalEventKind.FormalityAccepted, FiledOn.AddDays(30)),
            (LegalEventKind.Published, FiledOn.AddDays(60)), (LegalEventKind.Granted, FiledOn.AddDays(400)),
            (LegalEventKind.AssignmentRecorded, FiledOn.AddDays(500)),
        ];

        var state = LegalState.Replay(facts, events);

        Assert.Equal(IpStatus.InForce, state.Status);
        Assert.True(state.Commercialised);
        Assert.Equal(FiledOn.AddYears(10), state.ProtectionEndsOn);
    }
}
