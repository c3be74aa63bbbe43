using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// Every error leaves as RFC 9457 <c>application/problem+json</c> with a trace id. Exception text,
/// SQL and paths never reach the client: the exception is logged, the client gets a title.
/// </summary>
public static class ProblemDetailsDefaults
{
    public static TBuilder AddDefaultProblemDetails<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<UnavailableDependencyHandler>();
        builder.Services.AddExceptionHandler<Http.ConcurrencyConflictHandler>();
        return builder;
    }

    /// <summary>Call first after <c>Build()</c> so that it wraps everything mapped after it.</summary>
    public static WebApplication UseDefaultProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>A database that is restarting is a 503 the client may retry, not a 500.</summary>
    private sealed class UnavailableDependencyHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (!IsTransient(exception))
            {
                return false;
            }
            httpContext.Response.Headers.RetryAfter = "5";
            return await problems.WriteAsync(httpContext, exception, StatusCodes.Status503ServiceUnavailable,
                "Dịch vụ tạm thời không sẵn sàng / Service temporarily unavailable",
                "A dependency is unavailable; retry shortly.");
        }

        private static bool IsTransient(Exception exception) => exception switch
        {
            NpgsqlException npgsql => npgsql.IsTransient,
            TimeoutException => true,
            _ when exception.InnerException is not null => IsTransient(exception.InnerException),
            _ => false,
        };
    }
}
