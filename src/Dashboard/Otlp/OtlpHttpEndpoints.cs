using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Otlp;

/// <summary>
/// OTLP/HTTP with binary protobuf (the specification's "http/protobuf"): POST /v1/traces, /v1/logs
/// and /v1/metrics. A request is decoded and stored before the answer, which is the empty Export
/// response (full success); a body that is not the message answers 400, as the specification asks.
/// </summary>
internal static class OtlpHttpEndpoints
{
    public const string ProtobufContentType = "application/x-protobuf";

    public static IEndpointRouteBuilder MapOtlpHttp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1/traces", (HttpContext context, TelemetryStore store, DashboardOptions options) =>
            ReceiveAsync(context, options, body => store.Spans.AddRange(TraceDecoder.Decode(body))));
        endpoints.MapPost("/v1/logs", (HttpContext context, TelemetryStore store, DashboardOptions options) =>
            ReceiveAsync(context, options, body => store.Logs.AddRange(LogDecoder.Decode(body))));
        endpoints.MapPost("/v1/metrics", (HttpContext context, TelemetryStore store, DashboardOptions options) =>
            ReceiveAsync(context, options, body => store.Metrics.AddRange(MetricDecoder.Decode(body))));
        return endpoints;
    }

    private static async Task ReceiveAsync(HttpContext context, DashboardOptions options, OtlpPayload.Consume consume)
    {
        if (context.Request.ContentType?.StartsWith(ProtobufContentType, StringComparison.OrdinalIgnoreCase) != true)
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }
        var gzip = string.Equals(context.Request.Headers.ContentEncoding, "gzip", StringComparison.OrdinalIgnoreCase);
        var body = await OtlpPayload.ReadAsync(context.Request.Body, gzip, options.MaxRequestBytes, context.RequestAborted);
        if (body is null || !OtlpPayload.TryConsume(body, consume))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        context.Response.ContentType = ProtobufContentType;
        context.Response.ContentLength = 0;
    }
}
