using Microsoft.AspNetCore.Http;

namespace StPlatform.ServiceDefaults;

/// <summary>What the exception handlers share: an exception turned into one status and a problem body.</summary>
internal static class ProblemResponses
{
    public static ValueTask<bool> WriteAsync(
        this IProblemDetailsService problems, HttpContext httpContext, Exception exception, int status, string title, string detail)
    {
        httpContext.Response.StatusCode = status;
        return problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
