using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace StPlatform.ServiceDefaults.Http;

/// <summary>
/// A change that lost the race to another between its If-Match check and its commit: the row
/// version moved, EF Core refused the update, and the client is told to read again (412), as if
/// its If-Match had already been stale.
/// </summary>
internal sealed class ConcurrencyConflictHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DbUpdateConcurrencyException)
        {
            return false;
        }
        return await problems.WriteAsync(httpContext, exception, StatusCodes.Status412PreconditionFailed,
            Preconditions.StaleTitle, Preconditions.StaleDetail);
    }
}
