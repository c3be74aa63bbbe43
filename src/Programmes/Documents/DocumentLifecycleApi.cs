using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.History;
using StPlatform.Programmes.Plans;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Documents;

/// <summary>Issuing, reviewing and closing a document, and reading its history.</summary>
public static class DocumentLifecycleApi
{
    public static IEndpointRouteBuilder MapDocumentLifecycleApi(this IEndpointRouteBuilder app)
    {
        var document = app.MapGroup($"{ProgrammeDocumentApi.Prefix}/{{id:guid}}").WithTags("Programme documents");

        document.MapPost("/issue", IssueDocument)
            .WithName(nameof(IssueDocument))
            .ProducesDocumentWrite()
            .WithSummary("Issues a draft (draft → issued); a plan publishes PlanIssued with its whole annex. Needs If-Match.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes);
        document.MapPost("/status", ChangeStatus)
            .WithName(nameof(ChangeStatus))
            .ProducesDocumentWrite()
            .WithSummary("Records a mid-term or final review, expiry or replacement. Needs If-Match.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes);
        document.MapGet("/history", GetHistory)
            .WithName(nameof(GetHistory))
            .WithSummary("Every change of the document, oldest first, with what each amendment changed.");
        return app;
    }

    public static async Task<Results<Ok<ProgrammeDocumentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> IssueDocument(
        Guid id, ProgrammesDbContext db, CurrentUser user, TimeProvider clock, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var document = await db.Documents.Include(d => d.AnnexTasks).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }
        if (Preconditions.CheckIfMatch(httpContext.Request, document.Version) is { } precondition)
        {
            return precondition;
        }
        if (document.Status != DocumentStatus.Draft)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["status"] = ["Chỉ ban hành được dự thảo. / Only a draft can be issued."],
            });
        }
        var at = clock.GetUtcNow();
        document.Status = DocumentStatus.Issued;
        document.Record(HistoryAction.Issued, user.Name, at);
        if (document.Kind == ProgrammeDocumentKind.Plan)
        {
            db.PublishLater(PlanEvents.Issued(document, at));
        }
        return await DocumentSaving.SaveAsync(db, document, httpContext, cancellationToken);
    }

    public static async Task<Results<Ok<ProgrammeDocumentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeStatus(
        Guid id, StatusChangeRequest request, ProgrammesDbContext db, CurrentUser user, TimeProvider clock,
        HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(httpContext);
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }
        if (Preconditions.CheckIfMatch(httpContext.Request, document.Version) is { } precondition)
        {
            return precondition;
        }
        var errors = new ValidationErrors();
        StatusChange.Apply(document, request, errors, user.Name, clock.GetUtcNow());
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        return await DocumentSaving.SaveAsync(db, document, httpContext, cancellationToken);
    }

    public static async Task<Results<Ok<List<HistoryEntryResponse>>, NotFound>> GetHistory(
        Guid id, ProgrammesDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Documents.VisibleTo(user).AnyAsync(d => d.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var entries = await db.History.Where(h => h.DocumentId == id).OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new HistoryEntryResponse(h.At, h.By, h.Action, h.Status, h.AmendmentNumber, h.Reason, h.Changes))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries);
    }
}

public sealed record StatusChangeRequest(string? Status, string? Reason);

public sealed record HistoryEntryResponse(
    DateTimeOffset At, string By, HistoryAction Action, DocumentStatus Status, int? AmendmentNumber, string? Reason, IReadOnlyList<string> Changes);
