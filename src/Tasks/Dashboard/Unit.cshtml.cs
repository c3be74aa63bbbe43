using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;

namespace StPlatform.Tasks.Dashboard;

/// <summary>
/// A unit's own KPI (share completed on time, overdue count, reports on time), for all time or one
/// period: its officers see their unit only; the DOST office and the city's leadership any unit.
/// </summary>
[Authorize(Policy = PlatformPolicies.ReadTasks)]
public sealed class UnitModel(TasksDbContext db, CurrentUser user, ReportingCalendar calendar, TimeProvider clock) : PageModel
{
    public Figures Figures { get; private set; } = null!;

    public IReadOnlyList<CalendarPeriod> Periods { get; private set; } = [];

    public CalendarPeriod? Period { get; private set; }

    public async Task<IActionResult> OnGetAsync(string unit, [FromQuery] string? period, CancellationToken cancellationToken)
    {
        if (!user.CanRead([unit]))
        {
            return Forbid();
        }
        var today = CityTime.Today(clock);
        Periods = [.. calendar.Periods(ReportingCalendar.DefaultKind, today.Year - 1), .. calendar.Periods(ReportingCalendar.DefaultKind, today.Year)];
        Period = calendar.Find(ReportingCalendar.DefaultKind, period);
        Figures = await new DashboardQueries(db).ForUnitAsync(unit, Period, today, cancellationToken);
        return Page();
    }
}
