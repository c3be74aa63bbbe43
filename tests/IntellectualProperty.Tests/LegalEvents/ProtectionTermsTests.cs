using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.LegalEvents;

namespace StPlatform.IntellectualProperty.Tests.LegalEvents;

public sealed class ProtectionTermsTests
{
    private static readonly DateOnly FiledOn = new(2015, 3, 10);

    [Fact]
    public void Patent_is_protected_20_years_from_filing_with_the_next_annuity_a_year_after_the_last_one_paid()
    {
        var granted = Histories.Granted(IpObjectType.Patent, FiledOn, new DateOnly(2019, 6, 1));
        var afterTwoAnnuities = granted
            .Then(LegalEventKind.AnnuityPaid, new DateOnly(2020, 5, 1))
            .Then(LegalEventKind.AnnuityPaid, new DateOnly(2021, 5, 1));

        Assert.Equal(new DateOnly(2035, 3, 10), granted.ProtectionEndsOn);
        Assert.Equal((new DateOnly(2020, 6, 1), DueKind.Annuity), granted.NextDue);
        Assert.Equal((new DateOnly(2022, 6, 1), DueKind.Annuity), afterTwoAnnuities.NextDue);
    }

    [Fact]
    public void Utility_solution_is_protected_10_years_from_filing_and_takes_no_annuity_beyond_its_term()
    {
        var granted = Histories.Granted(IpObjectType.UtilitySolution, FiledOn, new DateOnly(2017, 3, 20));
        var sixPaid = Enumerable.Range(1, 6).Aggregate(granted, (s, year) => s.Then(LegalEventKind.AnnuityPaid, new DateOnly(2017 + year, 3, 1)));
        var allPaid = sixPaid.Then(LegalEventKind.AnnuityPaid, new DateOnly(2024, 3, 1));

        Assert.Equal(new DateOnly(2025, 3, 10), granted.ProtectionEndsOn);
        Assert.Equal((new DateOnly(2024, 3, 20), DueKind.Annuity), sixPaid.NextDue);
        Assert.Null(allPaid.NextDue);
        Assert.Equal("kind", allPaid.Refusal(LegalEventKind.AnnuityPaid, new DateOnly(2024, 6, 1))?.Field);
    }

    [Fact]
    public void Industrial_design_is_protected_5_years_and_each_of_its_two_renewals_adds_5()
    {
        var granted = Histories.Granted(IpObjectType.IndustrialDesign, new DateOnly(2012, 1, 15), new DateOnly(2013, 2, 1));
        var once = granted.Then(LegalEventKind.RenewalPaid, new DateOnly(2016, 12, 1));
        var twice = once.Then(LegalEventKind.RenewalPaid, new DateOnly(2021, 12, 1));

        Assert.Equal(new DateOnly(2017, 1, 15), granted.ProtectionEndsOn);
        Assert.Equal((new DateOnly(2017, 1, 15), DueKind.Renewal), granted.NextDue);
        Assert.Equal(new DateOnly(2022, 1, 15), once.ProtectionEndsOn);
        Assert.Equal(new DateOnly(2027, 1, 15), twice.ProtectionEndsOn);
        Assert.Null(twice.NextDue);
    }

    [Fact]
    public void Trademark_is_protected_10_years_and_renewable_by_10_years_without_limit()
    {
        var state = Histories.Granted(IpObjectType.Trademark, new DateOnly(1995, 4, 1), new DateOnly(1996, 5, 1))
            .Then(LegalEventKind.RenewalPaid, new DateOnly(2005, 3, 1))
            .Then(LegalEventKind.RenewalPaid, new DateOnly(2015, 3, 1))
            .Then(LegalEventKind.RenewalPaid, new DateOnly(2025, 3, 1));

        Assert.Equal(new DateOnly(2035, 4, 1), state.ProtectionEndsOn);
        Assert.Equal((new DateOnly(2035, 4, 1), DueKind.Renewal), state.NextDue);
    }

    [Fact]
    public void Geographical_indication_is_protected_indefinitely_with_no_fee_due()
    {
        var state = Histories.Granted(IpObjectType.GeographicalIndication, new DateOnly(2010, 6, 1), new DateOnly(2012, 6, 1));

        Assert.Null(state.ProtectionEndsOn);
        Assert.Null(state.NextDue);
        Assert.Equal(IpStatus.InForce, state.StatusOn(new DateOnly(2100, 1, 1)));
    }

    [Theory]
    [InlineData("2018-01-10", null, null, "2028-01-10")]
    [InlineData("2018-01-10", null, "2019-05-01", "2028-01-10")]
    [InlineData("2018-01-10", "2016-02-01", null, "2026-02-01")]
    [InlineData("2018-01-10", "2016-02-01", "2010-03-01", "2025-03-01")]
    public void Layout_design_ends_at_the_earliest_of_10_years_from_filing_or_first_use_and_15_from_creation(
        string filed, string? firstUse, string? created, string expectedEnd)
    {
        var state = Histories.Granted(IpObjectType.LayoutDesign, Date(filed), Date(filed).AddMonths(6),
            created is null ? null : Date(created), firstUse is null ? null : Date(firstUse));

        Assert.Equal(Date(expectedEnd), state.ProtectionEndsOn);
        Assert.Null(state.NextDue);
    }

    [Fact]
    public void Right_in_force_past_its_term_reads_as_expired_and_has_no_fee_due()
    {
        var state = Histories.Granted(IpObjectType.UtilitySolution, new DateOnly(2010, 1, 1), new DateOnly(2012, 1, 1));

        Assert.Equal(IpStatus.InForce, state.StatusOn(new DateOnly(2019, 12, 31)));
        Assert.Equal(IpStatus.Expired, state.StatusOn(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Application_not_yet_granted_has_no_protection_end_and_no_fee_due()
    {
        var state = Histories.Filed(IpObjectType.Patent, FiledOn).Then(LegalEventKind.FormalityAccepted, FiledOn.AddMonths(1));

        Assert.Null(state.ProtectionEndsOn);
        Assert.Null(state.NextDue);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
