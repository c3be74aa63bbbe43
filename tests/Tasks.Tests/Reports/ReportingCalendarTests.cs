using Microsoft.Extensions.Configuration;
using StPlatform.Contracts.Programmes;
using StPlatform.Tasks.Reports;

namespace StPlatform.Tasks.Tests.Reports;

public sealed class ReportingCalendarTests
{
    /// <summary>The calendar as the service reads it from its own appsettings.json (the Hải Phòng defaults).</summary>
    internal static ReportingCalendar HaiPhong()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(TestSupport.RepositoryFiles.PathOf("src/Tasks/appsettings.json"))
            .Build();
        var options = new ReportingCalendarOptions();
        configuration.GetSection(ReportingCalendarOptions.Section).Bind(options);
        return new ReportingCalendar(options);
    }

    [Fact]
    public void Annual_report_is_due_by_20_november()
    {
        var year = HaiPhong().Find(ReportingPeriod.Yearly, "2025-Y");

        Assert.Equal(new DateOnly(2025, 11, 20), year!.DueDate);
        Assert.Equal("Năm 2025", year.Label);
    }

    [Fact]
    public void Six_monthly_periods_split_the_year_and_the_first_half_is_due_mid_june()
    {
        var periods = HaiPhong().Periods(ReportingPeriod.SixMonthly, 2025);

        Assert.Equal(["2025-H1", "2025-Y"], periods.Select(p => p.Key));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)), (periods[0].Start, periods[0].End));
        Assert.Equal(new DateOnly(2025, 7, 1), periods[1].Start);
        Assert.Equal("6 tháng đầu năm 2025", periods[0].Label);
    }

    [Fact]
    public void Report_submitted_on_the_due_date_is_on_time_and_the_day_after_is_late()
    {
        var year = HaiPhong().Find(ReportingPeriod.Yearly, "2025-Y")!;

        Assert.True(year.IsOnTime(new DateOnly(2025, 11, 20)));
        Assert.False(year.IsOnTime(new DateOnly(2025, 11, 21)));
    }

    [Fact]
    public void Current_period_is_the_next_one_due_and_rolls_into_next_year_after_the_last()
    {
        var calendar = HaiPhong();

        Assert.Equal("2025-H1", calendar.Current(ReportingPeriod.SixMonthly, new DateOnly(2025, 3, 1)).Key);
        Assert.Equal("2025-Y", calendar.Current(ReportingPeriod.SixMonthly, new DateOnly(2025, 6, 16)).Key);
        Assert.Equal("2026-H1", calendar.Current(ReportingPeriod.SixMonthly, new DateOnly(2025, 12, 1)).Key);
    }

    [Theory]
    [InlineData("2025-H3")]
    [InlineData("abcd-H1")]
    [InlineData("2025")]
    [InlineData("")]
    public void Unknown_period_key_is_not_found(string key)
    {
        Assert.Null(HaiPhong().Find(ReportingPeriod.SixMonthly, key));
    }

    [Fact]
    public void Another_city_moves_the_annual_due_date_in_configuration_only()
    {
        var calendar = new ReportingCalendar(new ReportingCalendarOptions { Yearly = [new PeriodRule("Y", "Năm", 12, 12, 10)] });

        Assert.Equal(new DateOnly(2025, 12, 10), calendar.Find(ReportingPeriod.Yearly, "2025-Y")!.DueDate);
    }
}
