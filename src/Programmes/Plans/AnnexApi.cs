using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.Measures;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Plans;

/// <summary>A plan's task annex and the progress the task service reports on it.</summary>
public static class AnnexApi
{
    public static IEndpointRouteBuilder MapAnnexApi(this IEndpointRouteBuilder app)
    {
        var plan = app.MapGroup($"{ProgrammeDocumentApi.Prefix}/{{id:guid}}").WithTags("Plans");

        plan.MapGet("/annex", GetAnnex)
            .WithName(nameof(GetAnnex))
            .WithSummary("The plan's annex tasks in order, cancelled ones last and marked.");
        plan.MapPut("/annex", SetAnnex)
            .WithName(nameof(SetAnnex))
            .ProducesDocumentWrite()
            .WithSummary("Replaces the annex (tasks matched by AnnexId); on an issued plan this is an amendment: reason required, PlanAmended published. Needs If-Match.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes);
        plan.MapGet("/progress", GetProgress)
            .WithName(nameof(GetProgress))
            .WithSummary("Tasks of the plan completed, completed on time and overdue, from the task service's events.");
        return app;
    }

    public static async Task<Results<Ok<List<AnnexTaskResponse>>, NotFound>> GetAnnex(
        Guid id, ProgrammesDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Documents.VisibleTo(user).AnyAsync(d => d.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var tasks = await db.AnnexTasks.AsNoTracking().Where(t => t.DocumentId == id)
            .OrderBy(t => t.Cancelled).ThenBy(t => t.Position).ToListAsync(cancellationToken);
        return TypedResults.Ok(tasks.Select(AnnexTaskResponse.From).ToList());
    }

    public static async Task<Results<Ok<ProgrammeDocumentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SetAnnex(
        Guid id, AnnexRequest request, ProgrammesDbContext db, CurrentUser user, TimeProvider clock,
        HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(httpContext);
        var plan = await db.Documents.Include(d => d.AnnexTasks).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }
        if (Preconditions.CheckIfMatch(httpContext.Request, plan.Version) is { } precondition)
        {
            return precondition;
        }
        var errors = new ValidationErrors();
        var tasks = request.ToTasks(errors, plan.RetiredAnnexIds());
        var reason = errors.OptionalText("reason", request.Reason, History.DocumentHistoryEntry.ReasonMaxLength);
        if (plan.Kind != ProgrammeDocumentKind.Plan)
        {
            errors.Add("kind", "Chỉ kế hoạch có phụ lục nhiệm vụ. / Only a plan has a task annex.");
        }
        if (plan.Status.IsInForce() && reason is null)
        {
            errors.Add("reason", "Cần nêu lý do sửa đổi. / An amendment needs a reason.");
        }
        if (plan.Status is DocumentStatus.Expired or DocumentStatus.Replaced)
        {
            errors.Add("status", "Văn bản đã hết hiệu lực. / The document is no longer in force.");
        }
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var changes = plan.SetAnnex(tasks);
        if (!changes.IsEmpty)
        {
            DocumentAmendments.Record(db, plan, [], changes, reason, user.Name, clock.GetUtcNow());
            // The annex lives in its own table; touching the plan row moves its version (ETag) too.
            db.Entry(plan).Property(d => d.AmendmentCount).IsModified = true;
        }
        return await DocumentSaving.SaveAsync(db, plan, httpContext, cancellationToken);
    }

    public static async Task<Results<Ok<PlanProgressResponse>, NotFound>> GetProgress(
        Guid id, ProgrammesDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Documents.VisibleTo(user).AnyAsync(d => d.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var facts = await db.Facts.AsNoTracking().Where(f => f.PlanId == id).ToListAsync(cancellationToken);
        var progress = PlanProgress.From(facts);
        return TypedResults.Ok(new PlanProgressResponse(progress.Total, progress.Completed, progress.CompletedOnTime, progress.Overdue, progress.Vietnamese, progress.English));
    }
}

public sealed record PlanProgressResponse(int Total, int Completed, int CompletedOnTime, int Overdue, string Summary, string SummaryEn);

public sealed record AnnexTaskResponse(
    string AnnexId, string Title, string? Section, IReadOnlyList<string> LeadUnitCodes, IReadOnlyList<string> CoordinatingUnitCodes,
    Contracts.Programmes.TaskDeadline? Deadline, Contracts.Programmes.ReportingPeriod? Recurrence, string? ExpectedProduct, bool Cancelled)
{
    public static AnnexTaskResponse From(AnnexTaskItem task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var contract = task.ToContract();
        return new(contract.AnnexId, contract.Title, contract.PlanSection, contract.LeadUnitCodes, contract.CoordinatingUnitCodes,
            contract.Deadline, contract.Recurrence, contract.ExpectedProduct, task.Cancelled);
    }
}
