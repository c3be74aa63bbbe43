using System.Globalization;
using StPlatform.Contracts.Programmes;

namespace StPlatform.Tasks.Reports;

/// <summary>
/// The city's reporting calendar (<c>Tasks:ReportingCalendar</c>): for each kind of period, the
/// periods of a year and the day each report is due, e.g. the annual report by 20 November.
/// A city changes it in configuration, not code.
/// </summary>
public sealed class ReportingCalendarOptions
{
    public const string Section = "Tasks:ReportingCalendar";

    public List<PeriodRule> Quarterly { get; init; } = [];

    public List<PeriodRule> SixMonthly { get; init; } = [];

    public List<PeriodRule> Yearly { get; init; } = [];
}

/// <param name="Code">Part of the period's key: "H1" makes "2025-H1".</param>
/// <param name="EndMonth">The last month the period covers.</param>
/// <param name="DueMonth">With <paramref name="DueDay"/>, the last day a report still counts as on time.</param>
public sealed record PeriodRule(string Code, string Label, int EndMonth, int DueMonth, int DueDay);

/// <summary>One period of one year: "6 tháng đầu năm 2025", key "2025-H1", due 15/06/2025.</summary>
public sealed record CalendarPeriod(string Key, string Label, DateOnly Start, DateOnly End, DateOnly DueDate)
{
    public bool IsOnTime(DateOnly submittedOn) => submittedOn <= DueDate;
}

public sealed class ReportingCalendar(ReportingCalendarOptions options)
{
    /// <summary>Tasks with a deadline report on the six-monthly reviews (sơ kết, tổng kết).</summary>
    public const ReportingPeriod DefaultKind = ReportingPeriod.SixMonthly;

    public IReadOnlyList<CalendarPeriod> Periods(ReportingPeriod kind, int year)
    {
        var rules = Rules(kind).OrderBy(r => r.EndMonth).ToList();
        var periods = new List<CalendarPeriod>(rules.Count);
        var start = new DateOnly(year, 1, 1);
        foreach (var rule in rules)
        {
            var end = new DateOnly(year, rule.EndMonth, DateTime.DaysInMonth(year, rule.EndMonth));
            var due = new DateOnly(year, rule.DueMonth, Math.Min(rule.DueDay, DateTime.DaysInMonth(year, rule.DueMonth)));
            var key = string.Create(CultureInfo.InvariantCulture, $"{year}-{rule.Code}");
            periods.Add(new CalendarPeriod(key, string.Create(CultureInfo.InvariantCulture, $"{rule.Label} {year}"), start, end, due));
            start = end.AddDays(1);
        }
        return periods;
    }

    /// <summary>The period a key names ("2025-H1"), or null when the calendar has no such period.</summary>
    public CalendarPeriod? Find(ReportingPeriod kind, string? key)
    {
        if (key is null || key.Length < 6 || key[4] != '-' || !int.TryParse(key.AsSpan(0, 4), CultureInfo.InvariantCulture, out var year)
            || year is < 2000 or > 2100)
        {
            return null;
        }
        return Periods(kind, year).FirstOrDefault(p => p.Key == key);
    }

    /// <summary>The period whose report is due next on <paramref name="today"/> (or the year's last one).</summary>
    public CalendarPeriod Current(ReportingPeriod kind, DateOnly today)
    {
        var periods = Periods(kind, today.Year);
        if (periods.Count == 0)
        {
            throw new InvalidOperationException($"{ReportingCalendarOptions.Section}:{kind} has no periods.");
        }
        return periods.FirstOrDefault(p => today <= p.DueDate) ?? Periods(kind, today.Year + 1)[0];
    }

    private List<PeriodRule> Rules(ReportingPeriod kind) => kind switch
    {
        ReportingPeriod.Quarterly => options.Quarterly,
        ReportingPeriod.SixMonthly => options.SixMonthly,
        _ => options.Yearly,
    };
}
