using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StPlatform.Dashboard.Security;

namespace StPlatform.Dashboard;

internal static class DashboardEndpoints
{
    /// <summary>No external sources at all: scripts and styles come from this server only.</summary>
    public static IApplicationBuilder UseDashboardHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            return next(context);
        });

    public static IEndpointRouteBuilder MapDashboardAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/assets/dashboard.css", () => Asset("dashboard.css", "text/css; charset=utf-8"));
        endpoints.MapGet("/assets/dashboard.js", () => Asset("dashboard.js", "text/javascript; charset=utf-8"));
        return endpoints;
    }

    /// <summary>What the page scripts poll for live updates: a resource's console lines.</summary>
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization(DashboardAuthorization.OperatorPolicy);
        api.MapGet("/console/{name}", (string name, PlatformView platform) =>
            platform.Find(name) is { } snapshot
                ? Results.Json(new { name = snapshot.Name, state = snapshot.State, lines = snapshot.ConsoleLines })
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có tài nguyên này / No such resource",
                    detail: $"name: {name}"));
        return endpoints;
    }

    private static IResult Asset(string name, string contentType)
    {
        var stream = typeof(DashboardEndpoints).Assembly.GetManifestResourceStream("StPlatform.Dashboard.Assets." + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }
}
