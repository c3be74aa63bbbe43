using System.Globalization;
using System.Text.RegularExpressions;
using StPlatform.Contracts.Programmes;
using StPlatform.ServiceDefaults.Text;

namespace StPlatform.Tasks.Deadlines;

/// <summary>
/// Deadlines as plans word them: a date ("31/12/2025"), a quarter ("Quý II/2025", "quý 2 năm 2025")
/// or a year ("Năm 2025", "2025"). A quarter or a year is on time until its last day.
/// "Thường xuyên" (ongoing) is not a deadline: such a task recurs instead.
/// </summary>
public static partial class DeadlineLabels
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public static bool IsOngoing(string? label) =>
        label is not null && VietnameseText.Fold(label).Contains("thuong xuyen", StringComparison.Ordinal);

    public static TaskDeadline? Parse(string? label)
    {
        if (string.IsNullOrWhiteSpace(label) || IsOngoing(label))
        {
            return null;
        }
        var text = label.Trim();
        if (DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new TaskDeadline(DeadlineKind.Date, date, date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }
        var folded = VietnameseText.Fold(text);
        if (QuarterPattern().Match(folded) is { Success: true } quarter)
        {
            var number = QuarterNumber(quarter.Groups["q"].Value);
            var year = int.Parse(quarter.Groups["y"].Value, CultureInfo.InvariantCulture);
            return number is null ? null : Quarter(year, number.Value);
        }
        if (YearPattern().Match(folded) is { Success: true } yearOnly)
        {
            return Year(int.Parse(yearOnly.Groups["y"].Value, CultureInfo.InvariantCulture));
        }
        return null;
    }

    public static TaskDeadline Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var lastMonth = quarter * 3;
        var due = new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth));
        return new TaskDeadline(DeadlineKind.Quarter, due, string.Create(CultureInfo.InvariantCulture, $"Quý {Roman[quarter - 1]}/{year}"));
    }

    public static TaskDeadline Year(int year) =>
        new(DeadlineKind.Year, new DateOnly(year, 12, 31), string.Create(CultureInfo.InvariantCulture, $"Năm {year}"));

    public static TaskDeadline Date(DateOnly date) =>
        new(DeadlineKind.Date, date, date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));

    private static int? QuarterNumber(string text) => text.ToUpperInvariant() switch
    {
        "I" or "1" => 1,
        "II" or "2" => 2,
        "III" or "3" => 3,
        "IV" or "4" => 4,
        _ => null,
    };

    [GeneratedRegex(@"^quy\s*(?<q>iv|iii|ii|i|[1-4])\s*(/|nam|-)\s*(?<y>\d{4})$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(nam\s*)?(?<y>\d{4})$")]
    private static partial Regex YearPattern();
}
