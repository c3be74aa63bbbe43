using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Export;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Dashboard;

/// <summary>Downloads: the task list as Excel (what the caller may see), and the six-month or annual report as Word.</summary>
public static class ExportEndpoints
{
    /// <summary>A spreadsheet, not a backup: beyond this many rows, filter by plan, unit or period.</summary>
    public const int MaxExportRows = 20_000;

    public static IEndpointRouteBuilder MapTaskExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tasks/export.xlsx", ExportTasks).RequireAuthorization(PlatformPolicies.ReadTasks).ExcludeFromDescription();
        app.MapGet("/tasks/report.docx", PeriodReport).RequireAuthorization(PlatformPolicies.AssignTasks).ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> ExportTasks(
        [AsParameters] TaskFilter filter, TasksDbContext db, CurrentUser user, ReportingCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = CityTime.Today(clock);
        var errors = new ValidationErrors();
        var query = filter.Apply(db.Tasks.AsNoTracking().VisibleTo(user), calendar, today, errors);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var tasks = await query.OrderBy(t => t.DueDate).ThenBy(t => t.Id).Take(MaxExportRows).Select(TaskResponse.FromTask(today)).ToListAsync(cancellationToken);
        string[] headers = ["Nhiệm vụ / Task", "Mục / Section", "Chủ trì / Lead", "Phối hợp / Coordinating", "Sản phẩm / Product",
            "Thời hạn / Deadline", "Hạn cuối / Due date", "Trạng thái / State", "Tình hình / Status", "Hoàn thành ngày / Completed on"];
        var rows = tasks.Select(t => (IReadOnlyList<object?>)[t.Title, t.PlanSection, Labels.Leads(t), string.Join(", ", t.CoordinatingUnitCodes),
            t.ExpectedProduct, Labels.Deadline(t), t.Deadline, Labels.State(t.State), Labels.Standing(t.Standing), t.CompletedOn]);
        return ExcelWorkbook.File("nhiem-vu.xlsx", new ExcelSheet("Nhiệm vụ", headers, rows));
    }

    public static async Task<IResult> PeriodReport(
        string? period, TasksDbContext db, ReportingCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = CityTime.Today(clock);
        var chosen = calendar.Find(ReportingCalendar.DefaultKind, period);
        if (chosen is null)
        {
            var errors = new ValidationErrors();
            errors.Add("period", "Chọn kỳ báo cáo trong lịch, ví dụ 2025-H1, 2025-Y. / Choose a period of the calendar, e.g. 2025-H1, 2025-Y.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var queries = new DashboardQueries(db);
        var units = await queries.PerUnitAsync(chosen, today, cancellationToken);
        var late = await queries.LateTasksAsync(chosen, today, 500, cancellationToken);
        var document = PeriodReportDocument.Write(chosen, today, units, late);
        return TypedResults.File(document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"bao-cao-{chosen.Key}.docx");
    }
}
