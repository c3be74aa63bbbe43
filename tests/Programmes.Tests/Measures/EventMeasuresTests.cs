using StPlatform.Programmes.Indicators;
using StPlatform.Programmes.Measures;

namespace StPlatform.Programmes.Tests.Measures;

public sealed class EventMeasuresTests
{
    private static MeasureFact Fact(FactKind kind, Guid subject, int year, string? reference = null) =>
        new() { EventId = Guid.NewGuid(), Kind = kind, SubjectId = subject, OccurredOn = new DateOnly(year, 5, 1), Reference = reference };

    [Fact]
    public void Granted_patent_counts_once_and_lists_the_grant_as_its_provenance()
    {
        var asset = Guid.NewGuid();
        var grant = Fact(FactKind.PatentGranted, asset, 2024, "1-0045678");

        var result = EventMeasures.Evaluate(IndicatorMeasure.PatentsProtected, [grant, Fact(FactKind.PatentGranted, asset, 2024)], 2026);

        Assert.Equal(1, result.Value);
        var source = Assert.Single(result.Provenance);
        Assert.Equal(asset, source.SubjectId);
    }

    [Fact]
    public void Lapse_takes_a_patent_back_even_when_it_arrived_before_the_grant()
    {
        var asset = Guid.NewGuid();
        var lapse = Fact(FactKind.PatentLapsed, asset, 2025);
        var grant = Fact(FactKind.PatentGranted, asset, 2023);

        Assert.Equal(0, EventMeasures.Evaluate(IndicatorMeasure.PatentsProtected, [lapse, grant], 2026).Value);
        Assert.Equal(1, EventMeasures.Evaluate(IndicatorMeasure.PatentsProtected, [lapse, grant], 2024).Value);
    }

    [Fact]
    public void Commercialised_asset_stays_counted_after_a_lapse()
    {
        var asset = Guid.NewGuid();
        var facts = new[] { Fact(FactKind.IpCommercialised, asset, 2024), Fact(FactKind.PatentLapsed, asset, 2025), Fact(FactKind.IpCommercialised, asset, 2025) };

        Assert.Equal(1, EventMeasures.Evaluate(IndicatorMeasure.IpCommercialised, facts, 2026).Value);
    }

    [Fact]
    public void Enterprise_counts_while_a_certificate_it_holds_is_not_revoked()
    {
        var (revoked, recertified, kept) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var facts = new[]
        {
            Fact(FactKind.EnterpriseRevoked, revoked, 2024, "01/DNKHCN"),
            Fact(FactKind.EnterpriseCertified, revoked, 2022, "01/DNKHCN"),
            Fact(FactKind.EnterpriseCertified, recertified, 2021, "02/DNKHCN"),
            Fact(FactKind.EnterpriseRevoked, recertified, 2022, "02/DNKHCN"),
            Fact(FactKind.EnterpriseCertified, recertified, 2024, "07/DNKHCN"),
            Fact(FactKind.EnterpriseCertified, kept, 2023, "03/DNKHCN"),
        };

        var result = EventMeasures.Evaluate(IndicatorMeasure.StEnterprises, facts, 2026);

        Assert.Equal(2, result.Value);
        Assert.Equal([kept, recertified], result.Provenance.Select(f => f.SubjectId));
    }

    [Fact]
    public void Startup_supported_twice_in_a_year_counts_once_that_year()
    {
        var startup = Guid.NewGuid();
        var facts = new[] { Fact(FactKind.StartupSupported, startup, 2024), Fact(FactKind.StartupSupported, startup, 2024), Fact(FactKind.StartupSupported, startup, 2025) };

        Assert.Equal(1, EventMeasures.Evaluate(IndicatorMeasure.StartupsSupported, facts, 2024).Value);
        Assert.Equal(2, EventMeasures.Evaluate(IndicatorMeasure.StartupsSupported, facts, 2025).Value);
    }

    [Fact]
    public void Completed_task_counts_once_from_the_year_it_was_completed()
    {
        var (early, late) = (Guid.NewGuid(), Guid.NewGuid());
        var facts = new[] { Fact(FactKind.TaskCompleted, late, 2025, "III.2"), Fact(FactKind.TaskCompleted, early, 2024, "III.1"), Fact(FactKind.TaskCompleted, early, 2024, "III.1"), Fact(FactKind.TaskAssigned, Guid.NewGuid(), 2024) };

        Assert.Equal(1, EventMeasures.Evaluate(IndicatorMeasure.TasksCompleted, facts, 2024).Value);
        var result = EventMeasures.Evaluate(IndicatorMeasure.TasksCompleted, facts, 2025);
        Assert.Equal([early, late], result.Provenance.Select(f => f.SubjectId));
    }

    [Fact]
    public void Event_indicator_has_a_value_per_year_from_the_baseline_on_with_the_records_behind_each()
    {
        var indicator = new TargetIndicator
        {
            Name = "Số sáng chế được bảo hộ", Unit = "sáng chế", Measure = IndicatorMeasure.PatentsProtected,
            BaselineYear = 2021, BaselineValue = 0, Targets = [new() { Year = 2025, Value = 5 }],
        };
        var facts = new[] { Fact(FactKind.PatentGranted, Guid.NewGuid(), 2022), Fact(FactKind.PatentGranted, Guid.NewGuid(), 2024) };

        var values = IndicatorValues.PerYear(indicator, facts, 2026);

        Assert.Equal([2022, 2023, 2024, 2025], values.Select(v => v.Year));
        Assert.Equal([1m, 1m, 2m, 2m], values.Select(v => v.Value));
        Assert.Equal(2, values[^1].Facts.Count);
    }
}
