using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace StPlatform.Gateway.Proxy;

/// <summary>
/// YARP reports its own failures (no destination, connection refused, timeout) as a bare status
/// code; this turns them into problem details. A response the service itself produced carries no
/// forwarder error and passes through untouched.
/// </summary>
internal static class ProxyErrorProblems
{
    private const string RetryAfterSeconds = "5";

    public static async Task WriteAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);

        if (context.Features.Get<IForwarderErrorFeature>() is null
            || context.Response.HasStarted
            || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var status = context.Response.StatusCode;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        var service = context.GetReverseProxyFeature().Cluster.Config.ClusterId;
        await TypedResults.Problem(GatewayProblems.Create(context, status, service)).ExecuteAsync(context);
    }
}
