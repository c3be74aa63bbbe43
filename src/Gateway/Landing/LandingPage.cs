using Microsoft.AspNetCore.Http.HttpResults;
using Yarp.ReverseProxy;

namespace StPlatform.Gateway.Landing;

/// <summary>The gateway's own pages: the landing page at <c>/</c> and the same status as JSON.</summary>
public static class LandingPage
{
    public const string StatusPath = "/api/gateway/status";

    public static IEndpointRouteBuilder MapLandingPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetLandingPage)
            .WithName("GetLandingPage")
            .WithSummary("Landing page: each department's service, linked, with whether it is up")
            .ExcludeFromDescription();
        app.MapGet(StatusPath, GetStatus)
            .WithName("GetGatewayStatus")
            .WithTags("Gateway")
            .WithSummary("Whether each service behind the gateway is up, from the gateway's health probes");
        return app;
    }

    public static ContentHttpResult GetLandingPage(HttpResponse response, IProxyStateLookup proxy)
    {
        // The status is live; a cached copy would show yesterday's outage.
        response.Headers.CacheControl = "no-store";
        return TypedResults.Content(LandingPageHtml.Render(StatesOf(proxy)), "text/html; charset=utf-8");
    }

    public static Ok<GatewayStatus> GetStatus(HttpResponse response, IProxyStateLookup proxy)
    {
        response.Headers.CacheControl = "no-store";
        var services = StatesOf(proxy)
            .Select(s => new ServiceStatus(s.Department.Service, s.Department.Path, $"{s.Department.NameVi} / {s.Department.NameEn}", s.State))
            .ToList();
        return TypedResults.Ok(new GatewayStatus(services));
    }

    private static List<(Department Department, ServiceState State)> StatesOf(IProxyStateLookup proxy) =>
        Department.All.Select(d => (d, ServiceStates.Of(proxy, d.Service))).ToList();
}

public sealed record GatewayStatus(IReadOnlyList<ServiceStatus> Services);

public sealed record ServiceStatus(string Name, string Path, string Title, ServiceState State);
