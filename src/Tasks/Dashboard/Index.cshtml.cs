using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;

namespace StPlatform.Tasks.Dashboard;

/// <summary>The DOST task office's dashboard: per unit and per plan, for all time or one period.</summary>
[Authorize(Policy = PlatformPolicies.AssignTasks)]
public sealed class IndexModel(TasksDbContext db, ReportingCalendar calendar, TimeProvider clock) : PageModel
{
    public List<Figures> Units { get; private set; } = [];

    public List<Figures> Plans { get; private set; } = [];

    public Figures Total { get; private set; } = null!;

    public IReadOnlyList<CalendarPeriod> Periods { get; private set; } = [];

    public CalendarPeriod? Period { get; private set; }

    public async Task OnGetAsync([FromQuery] string? period, CancellationToken cancellationToken)
    {
        var today = CityTime.Today(clock);
        Periods = [.. calendar.Periods(ReportingCalendar.DefaultKind, today.Year - 1), .. calendar.Periods(ReportingCalendar.DefaultKind, today.Year)];
        Period = calendar.Find(ReportingCalendar.DefaultKind, period);
        var queries = new DashboardQueries(db);
        Units = await queries.PerUnitAsync(Period, today, cancellationToken);
        Plans = await queries.PerPlanAsync(Period, today, cancellationToken);
        Total = Figures.Sum("Toàn thành phố / City-wide", Units);
    }
}
