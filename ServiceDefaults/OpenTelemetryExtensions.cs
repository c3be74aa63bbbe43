using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace StPlatform.ServiceDefaults;

public static class OpenTelemetryExtensions
{
    /// <summary>The trace and meter sources the platform's libraries emit, as Aspire names them.</summary>
    public static readonly string[] TraceSources = ["Npgsql", "MassTransit", "Yarp.ReverseProxy", "StPlatform", "StPlatform.Messaging"];
    public static readonly string[] MeterSources = ["Npgsql", "MassTransit", "StPlatform", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http"];

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MeterSources))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(TraceSources)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsHealthProbe(context))
                .AddHttpClientInstrumentation());

        // As in Aspire: no endpoint configured means nothing is exported.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
        return builder;
    }

    private static bool IsHealthProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments(Extensions.HealthEndpointPath)
        || context.Request.Path.StartsWithSegments(Extensions.AlivenessEndpointPath);
}
