using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using StPlatform.Gateway.Proxy;

namespace StPlatform.Gateway.Security;

/// <summary>
/// Two budgets per minute, both enforced: one per signed-in person, one per client address (which
/// also bounds anonymous callers and anyone rotating sessions). Over budget: 429 problem with
/// <c>Retry-After</c>. Health probes are not counted.
/// </summary>
public static class RateLimits
{
    public const string Section = "Gateway:RateLimits";

    public static TBuilder AddGatewayRateLimits<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var perUser = configuration.GetValue($"{Section}:PerUserPerMinute", 600);
            var perIp = configuration.GetValue($"{Section}:PerIpPerMinute", 1200);
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    context.User.FindFirst("sub")?.Value is { } user && !IsProbe(context)
                        ? RateLimitPartition.GetFixedWindowLimiter("user:" + user, _ => Window(perUser))
                        : RateLimitPartition.GetNoLimiter(string.Empty)),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsProbe(context)
                        ? RateLimitPartition.GetNoLimiter(string.Empty)
                        : RateLimitPartition.GetFixedWindowLimiter("ip:" + context.Connection.RemoteIpAddress, _ => Window(perIp))));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var problem = GatewayProblems.Create(context.HttpContext, StatusCodes.Status429TooManyRequests);
                problem.Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4";
                await TypedResults.Problem(problem).ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    private static bool IsProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/alive");

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
