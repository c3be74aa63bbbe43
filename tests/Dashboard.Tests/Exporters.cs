using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace StPlatform.Dashboard.Tests;

/// <summary>The OpenTelemetry .NET SDK and its OTLP exporter, as a service uses them, pointed at the console.</summary>
internal static class Exporters
{
    public static TracerProvider Tracing(DashboardServer server, OtlpExportProtocol protocol, string service, string source) =>
        Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service))
            .AddSource(source)
            .AddOtlpExporter(o => Configure(o, server, protocol, "/v1/traces"))
            .Build();

    public static ILoggerFactory Logging(DashboardServer server, OtlpExportProtocol protocol, string service) =>
        LoggerFactory.Create(logging => logging.AddOpenTelemetry(o =>
        {
            o.SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service));
            o.IncludeFormattedMessage = true;
            o.AddOtlpExporter(e => Configure(e, server, protocol, "/v1/logs"));
        }));

    public static MeterProvider Metrics(DashboardServer server, OtlpExportProtocol protocol, string service, string meter) =>
        Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(service))
            .AddMeter(meter)
            .AddOtlpExporter((e, reader) =>
            {
                Configure(e, server, protocol, "/v1/metrics");
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 60_000;
            })
            .Build();

    private static void Configure(OtlpExporterOptions options, DashboardServer server, OtlpExportProtocol protocol, string path)
    {
        options.Protocol = protocol;
        options.Endpoint = protocol == OtlpExportProtocol.Grpc ? server.OtlpGrpcUrl : new Uri(server.OtlpHttpUrl, path);
        options.ExportProcessorType = ExportProcessorType.Simple;
    }
}
