using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Reports;

public static class ReportApi
{
    public static IEndpointRouteBuilder MapReportApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup($"{TaskApi.Prefix}/{{id:guid}}/reports").WithTags("Progress reports").RequireAuthorization(PlatformPolicies.ReadTasks);
        reports.MapGet("/", ListReports)
            .WithName(nameof(ListReports))
            .WithSummary("Lists a task's progress reports by period, each on time or late, with the coordinating units' contributions.");
        reports.MapPost("/", SubmitReport)
            .WithName(nameof(SubmitReport))
            .WithSummary("Submits the lead unit's report for a period, or a coordinating unit's contribution to it.");
        return app;
    }

    public static async Task<Results<Ok<List<ReportResponse>>, NotFound>> ListReports(
        Guid id, TasksDbContext db, CurrentUser user, CancellationToken cancellationToken) =>
        await db.Tasks.VisibleTo(user).AnyAsync(t => t.Id == id, cancellationToken)
            ? TypedResults.Ok(await ReportSubmissions.OfTaskAsync(db, id, cancellationToken))
            : TypedResults.NotFound();

    public static async Task<Results<Created<List<ReportResponse>>, NotFound, ValidationProblem, ProblemHttpResult>> SubmitReport(
        Guid id, SubmitReportRequest request, TasksDbContext db, CurrentUser user, ReportingCalendar calendar, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return TypedResults.NotFound();
        }
        var (outcome, errors) = await ReportSubmissions.SubmitAsync(db, calendar, task, TaskActor.From(user), request, clock.GetUtcNow(), cancellationToken);
        return outcome switch
        {
            ReportSubmissions.Outcome.Submitted => TypedResults.Created($"{TaskApi.Prefix}/{id}/reports", await ReportSubmissions.OfTaskAsync(db, id, cancellationToken)),
            ReportSubmissions.Outcome.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền / Forbidden",
                detail: "Chỉ đơn vị chủ trì và đơn vị phối hợp gửi báo cáo. / Only the lead and coordinating units report."),
            ReportSubmissions.Outcome.Duplicate => DuplicateRecords.Conflict("period", errors.ToDictionary()["period"][0]),
            _ => TypedResults.ValidationProblem(errors.ToDictionary()),
        };
    }
}
