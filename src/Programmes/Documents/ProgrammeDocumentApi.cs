using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Documents;

public static class ProgrammeDocumentApi
{
    public const string Prefix = "/api/programmes";

    public static IEndpointRouteBuilder MapProgrammeDocumentApi(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup(Prefix).WithTags("Programme documents");

        documents.MapGet("/", ListDocuments)
            .WithName(nameof(ListDocuments))
            .WithSummary("Lists programme documents, newest signed first, filtered by kind, status, a year of their period and text (diacritics optional).");
        documents.MapGet("/{id:guid}", GetDocument)
            .WithName(nameof(GetDocument))
            .WithSummary("Gets one programme document, with its version as ETag.");
        documents.MapPost("/", CreateDocument)
            .WithName(nameof(CreateDocument))
            .WithSummary("Registers a strategy, programme, plan or scheme as a draft. Send an Idempotency-Key to make a retry safe.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes)
            .WithIdempotencyKey<ProgrammesDbContext>();
        documents.MapPut("/{id:guid}", AmendDocument)
            .WithName(nameof(AmendDocument))
            .ProducesDocumentWrite()
            .WithSummary("Corrects a draft, or amends an issued document (reason required; a plan publishes PlanAmended). Needs If-Match.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes);
        return app;
    }

    public static async Task<Ok<PagedList<ProgrammeDocumentResponse>>> ListDocuments(
        [AsParameters] PageRequest page, [AsParameters] DocumentFilter filter, ProgrammesDbContext db, CurrentUser user,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return TypedResults.Ok(await filter.Apply(db.Documents, user).ToNewestFirstPageAsync(page, cancellationToken));
    }

    public static async Task<Results<Ok<ProgrammeDocumentResponse>, NotFound>> GetDocument(
        Guid id, ProgrammesDbContext db, CurrentUser user, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var document = await db.Documents.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }
        httpContext.Response.SetETag(document.Version);
        return TypedResults.Ok(ProgrammeDocumentResponse.From(document));
    }

    public static async Task<Results<Created<ProgrammeDocumentResponse>, ValidationProblem>> CreateDocument(
        ProgrammeDocumentRequest request, ProgrammesDbContext db, CurrentUser user, TimeProvider clock,
        HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(httpContext);
        var errors = new ValidationErrors();
        var fields = request.ToFields(errors);
        await DocumentParents.CheckAsync(db, null, fields.ParentIds, errors, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var document = DocumentEditing.Create(fields);
        document.Record(History.HistoryAction.Registered, user.Name, clock.GetUtcNow());
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        httpContext.Response.SetETag(document.Version);
        return TypedResults.Created($"{Prefix}/{document.Id}", ProgrammeDocumentResponse.From(document));
    }

    public static async Task<Results<Ok<ProgrammeDocumentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AmendDocument(
        Guid id, ProgrammeDocumentRequest request, ProgrammesDbContext db, CurrentUser user, TimeProvider clock,
        HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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
        var errors = new ValidationErrors();
        var fields = request.ToFields(errors);
        var reason = errors.OptionalText("reason", request.Reason, History.DocumentHistoryEntry.ReasonMaxLength);
        if (document.Status.IsInForce() && reason is null)
        {
            errors.Add("reason", "Cần nêu lý do sửa đổi. / An amendment needs a reason.");
        }
        if (document.Status is DocumentStatus.Expired or DocumentStatus.Replaced)
        {
            errors.Add("status", "Văn bản đã hết hiệu lực. / The document is no longer in force.");
        }
        if (document.Status != DocumentStatus.Draft && fields.Kind != document.Kind)
        {
            errors.Add("kind", "Không đổi loại văn bản đã ban hành. / An issued document keeps its kind.");
        }
        await DocumentParents.CheckAsync(db, document.Id, fields.ParentIds, errors, cancellationToken);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var changes = document.Apply(fields);
        DocumentAmendments.Record(db, document, changes, Plans.AnnexChanges.None, reason, user.Name, clock.GetUtcNow());
        return await DocumentSaving.SaveAsync(db, document, httpContext, cancellationToken);
    }
}
