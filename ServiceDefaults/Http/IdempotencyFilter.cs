using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.ServiceDefaults.Http;

/// <summary>
/// Runs a keyed create once. The pending row is committed before the handler runs, so a
/// concurrent copy finds it; the response is captured as it is written and stored beside the key.
/// The key's row lives in its own scope (its own DbContext): whatever the handler's context holds
/// after a failure is never saved by accident.
/// </summary>
internal sealed class IdempotencyFilter<TDbContext>(IServiceScopeFactory scopes) : IEndpointFilter
    where TDbContext : DbContext
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(Idempotency.HeaderName, out var values))
        {
            return await next(context);
        }
        var key = values.ToString().Trim();
        if (key.Length is 0 or > Idempotency.MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            return Problem(StatusCodes.Status400BadRequest, "Idempotency-Key không hợp lệ / Invalid Idempotency-Key",
                $"Use 1 to {Idempotency.MaxKeyLength} visible ASCII characters, a UUID for instance.");
        }
        var caller = http.User.FindFirst(PlatformClaims.Subject)?.Value ?? "anonymous";
        var hash = await RequestHashAsync(http.Request);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var store = new IdempotencyStore(db, caller, key);
        if (!await store.TryBeginAsync(hash, http.RequestAborted))
        {
            var first = await store.FindAsync(http.RequestAborted);
            return first switch
            {
                null => Problem(StatusCodes.Status409Conflict, "Thử lại / Try again", "The key was released meanwhile; send the request again."),
                _ when first.RequestHash != hash => Problem(StatusCodes.Status422UnprocessableEntity,
                    "Idempotency-Key đã dùng cho yêu cầu khác / Key already used for another request",
                    "This key was sent before with a different request. Use a new key for a new request."),
                { StatusCode: null } => Problem(StatusCodes.Status409Conflict,
                    "Yêu cầu đang được xử lý / The first request is still running",
                    "A request with this key is still being processed; retry in a moment."),
                _ => new ReplayedResponse(first),
            };
        }
        return await RunAndRememberAsync(context, next, store);
    }

    private static async ValueTask<object?> RunAndRememberAsync(
        EndpointFilterInvocationContext context, EndpointFilterDelegate next, IdempotencyStore store)
    {
        var http = context.HttpContext;
        var original = http.Response.Body;
        using var captured = new MemoryStream();
        try
        {
            var result = await next(context);
            if (result is not IResult written)
            {
                await store.ReleaseAsync(CancellationToken.None);
                return result;
            }
            http.Response.Body = captured;
            await written.ExecuteAsync(http);
        }
        catch
        {
            http.Response.Body = original;
            await store.ReleaseAsync(CancellationToken.None);
            throw;
        }
        http.Response.Body = original;
        var response = http.Response;
        if (response.StatusCode is >= 200 and < 300)
        {
            await store.CompleteAsync(response.StatusCode, response.ContentType, captured.ToArray(),
                response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(CancellationToken.None);
        }
        captured.Position = 0;
        await captured.CopyToAsync(original, http.RequestAborted);
        return TypedResults.Empty;
    }

    private static async Task<string> RequestHashAsync(HttpRequest request)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var buffer = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }
            request.Body.Position = 0;
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [Idempotency.HeaderName] = [detail] },
            });

    private sealed class ReplayedResponse(IdempotencyRecord first) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = first.StatusCode!.Value;
            response.Headers[Idempotency.ReplayedHeaderName] = "true";
            if (first.Location is not null)
            {
                response.Headers.Location = first.Location;
            }
            if (first.ContentType is not null)
            {
                response.ContentType = first.ContentType;
            }
            if (first.Body is { Length: > 0 } body)
            {
                await response.Body.WriteAsync(body, httpContext.RequestAborted);
            }
        }
    }
}
