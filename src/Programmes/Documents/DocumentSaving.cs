using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.ServiceDefaults.Http;

namespace StPlatform.Programmes.Documents;

public static class DocumentSaving
{
    /// <summary>The answers of a write guarded by If-Match that its result type cannot declare.</summary>
    public static RouteHandlerBuilder ProducesDocumentWrite(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>Saves a write checked against If-Match; a concurrent writer that got in first makes it a 412.</summary>
    public static async Task<Results<Ok<ProgrammeDocumentResponse>, NotFound, ValidationProblem, ProblemHttpResult>> SaveAsync(
        ProgrammesDbContext db, ProgrammeDocument document, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(httpContext);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Preconditions.Stale();
        }
        httpContext.Response.SetETag(document.Version);
        return TypedResults.Ok(ProgrammeDocumentResponse.From(document));
    }
}
