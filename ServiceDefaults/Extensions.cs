using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StPlatform.ServiceDefaults.Http;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// What every StPlatform service adds, as Aspire's ServiceDefaults template gives it: telemetry,
/// health, service discovery, resilient HttpClients and problem details.
/// </summary>
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";
    internal const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddDefaultProblemDetails();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>The liveness check, and each check logged when its status changes, not at every probe (<see cref="HealthTransitions"/>).</summary>
    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        builder.Services.AddSingleton<HealthTransitions>();
        builder.Logging.AddFilter(HealthTransitions.RuntimeLogCategory, LogLevel.None);
        return builder;
    }

    /// <summary>
    /// <c>/health</c> is ready only when every dependency is; <c>/alive</c> only says the process
    /// answers. Both are mapped in every environment: the AppHost and city IT's probes need them,
    /// and they reveal no more than a status word.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseDefaultProblemDetails();
        app.UseIdempotencyBodyBuffering();
        app.MapHealthChecks(HealthEndpointPath, new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = HealthResponse.WriteAsync,
        });
        return app;
    }
}
