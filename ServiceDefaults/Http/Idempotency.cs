using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace StPlatform.ServiceDefaults.Http;

/// <summary>
/// <c>Idempotency-Key</c> on create endpoints (the IETF httpapi draft's header): the first request
/// with a key runs; the same request again, from the same caller, gets the first one's response
/// replayed and creates nothing; the same key with another body is refused (422), and a repeat
/// while the first still runs is told to wait (409). A refused first request (4xx, 5xx) leaves no
/// trace, so the corrected request may reuse its key.
/// </summary>
public static class Idempotency
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxKeyLength = 100;

    /// <summary>Needs <c>modelBuilder.AddIdempotencyKeys()</c> in <typeparamref name="TDbContext"/>'s model.</summary>
    public static RouteHandlerBuilder WithIdempotencyKey<TDbContext>(this RouteHandlerBuilder builder)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter<RouteHandlerBuilder, IdempotencyFilter<TDbContext>>();
    }

    /// <summary>
    /// Keeps the body of a keyed write readable after model binding, so the filter can tell a retry
    /// from another request under the same key. Mapped by <c>MapDefaultEndpoints</c>.
    /// </summary>
    internal static WebApplication UseIdempotencyBodyBuffering(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Headers.ContainsKey(HeaderName) && !HttpMethods.IsGet(context.Request.Method))
            {
                context.Request.EnableBuffering();
            }
            return next(context);
        });
        return app;
    }
}
