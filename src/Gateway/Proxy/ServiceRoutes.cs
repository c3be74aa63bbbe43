using Microsoft.AspNetCore.Http.HttpResults;

namespace StPlatform.Gateway.Proxy;

public static class ServiceRoutes
{
    /// <summary>
    /// Every configured route, forwarded with its path unchanged. The pipeline is YARP's default one
    /// with the problem-details writer around it.
    /// </summary>
    public static IEndpointRouteBuilder MapServiceRoutes(this IEndpointRouteBuilder app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(ProxyErrorProblems.WriteAsync);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    /// <summary>Anything no service and no gateway page serves: a 404 problem, whatever the method.</summary>
    public static IEndpointRouteBuilder MapUnknownRoutes(this IEndpointRouteBuilder app)
    {
        app.MapFallback("{**path}", UnknownRoute).ExcludeFromDescription();
        return app;
    }

    private static ProblemHttpResult UnknownRoute(HttpContext context) =>
        TypedResults.Problem(GatewayProblems.Create(context, StatusCodes.Status404NotFound));
}
