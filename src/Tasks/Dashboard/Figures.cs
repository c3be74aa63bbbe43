using System.Globalization;

namespace StPlatform.Tasks.Dashboard;

/// <summary>
/// A unit's or a plan's figures as the DOST reports them: "127/142 hoàn thành, 0 quá hạn", and the
/// unit KPI: share completed on time, overdue count, reports on time.
/// </summary>
public sealed record Figures(string Key, string Name, int Total, int Completed, int CompletedOnTime, int Overdue, int Reports, int ReportsOnTime)
{
    public string Summary => string.Create(CultureInfo.InvariantCulture, $"{Completed}/{Total} hoàn thành, {Overdue} quá hạn");

    public string SummaryEnglish => string.Create(CultureInfo.InvariantCulture, $"{Completed}/{Total} completed, {Overdue} overdue");

    /// <summary>Completed on time as a share of all the tasks, 0 when there are none.</summary>
    public double OnTimeShare => Total == 0 ? 0 : (double)CompletedOnTime / Total;

    public double ReportsOnTimeShare => Reports == 0 ? 0 : (double)ReportsOnTime / Reports;

    public static string Percent(double share) => share.ToString("P0", CultureInfo.GetCultureInfo("vi-VN"));

    public static Figures Sum(string name, IEnumerable<Figures> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        return new Figures("*", name, list.Sum(r => r.Total), list.Sum(r => r.Completed), list.Sum(r => r.CompletedOnTime),
            list.Sum(r => r.Overdue), list.Sum(r => r.Reports), list.Sum(r => r.ReportsOnTime));
    }
}
