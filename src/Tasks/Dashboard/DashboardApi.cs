using Microsoft.AspNetCore.Http.HttpResults;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Dashboard;

/// <summary>The unit dashboard's figures as JSON: the same as the office's dashboard and a unit's KPI page.</summary>
public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup($"{TaskApi.Prefix}/dashboard/units").WithTags("Dashboard").RequireAuthorization(PlatformPolicies.ReadTasks);

        units.MapGet("/", ListUnitFigures)
            .WithName(nameof(ListUnitFigures))
            .WithSummary("Every lead unit's figures (completed of assigned, on time, overdue, reports on time), most overdue first; for the DOST task office.")
            .RequireAuthorization(PlatformPolicies.AssignTasks);
        units.MapGet("/{unit}", GetUnitFigures)
            .WithName(nameof(GetUnitFigures))
            .WithSummary("One lead unit's KPI for all time or one period (2025-H1, 2025-Y); a unit's officers see their own unit only.");
        return app;
    }

    public static async Task<Results<Ok<List<Figures>>, ValidationProblem>> ListUnitFigures(
        string? period, TasksDbContext db, ReportingCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var chosen = Period(calendar, period, errors);
        return errors.IsValid
            ? TypedResults.Ok(await new DashboardQueries(db).PerUnitAsync(chosen, CityTime.Today(clock), cancellationToken))
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    public static async Task<Results<Ok<Figures>, ValidationProblem, ProblemHttpResult>> GetUnitFigures(
        string unit, string? period, TasksDbContext db, CurrentUser user, ReportingCalendar calendar, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!user.CanRead([unit]))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền / Forbidden",
                detail: "Cán bộ của đơn vị chỉ xem số liệu của đơn vị mình. / A unit's officers see their own unit's figures only.");
        }
        var errors = new ValidationErrors();
        var chosen = Period(calendar, period, errors);
        return errors.IsValid
            ? TypedResults.Ok(await new DashboardQueries(db).ForUnitAsync(unit, chosen, CityTime.Today(clock), cancellationToken))
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    private static CalendarPeriod? Period(ReportingCalendar calendar, string? key, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }
        var period = calendar.Find(ReportingCalendar.DefaultKind, key.Trim());
        if (period is null)
        {
            errors.Add("period", "Kỳ báo cáo không có trong lịch, ví dụ 2025-H1, 2025-Y. / Unknown period; e.g. 2025-H1, 2025-Y.");
        }
        return period;
    }
}
