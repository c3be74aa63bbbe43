using System.Buffers.Binary;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Otlp;

/// <summary>
/// OTLP/gRPC: the unary Export method of the collector's TraceService, LogsService and
/// MetricsService, served on an HTTP/2 cleartext port. gRPC framing is done here by hand (one
/// length-prefixed message each way, then the grpc-status trailer) so that no code generation is
/// needed: the request message is the same one OTLP/HTTP carries.
/// </summary>
internal static class OtlpGrpcEndpoints
{
    private const string GrpcContentType = "application/grpc";
    private const int InvalidArgument = 3;
    private const int Unimplemented = 12;

    public static IEndpointRouteBuilder MapOtlpGrpc(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/opentelemetry.proto.collector.trace.v1.TraceService/Export",
            (HttpContext context, TelemetryStore store, DashboardOptions options) =>
                ReceiveAsync(context, options, body => store.Spans.AddRange(TraceDecoder.Decode(body))));
        endpoints.MapPost("/opentelemetry.proto.collector.logs.v1.LogsService/Export",
            (HttpContext context, TelemetryStore store, DashboardOptions options) =>
                ReceiveAsync(context, options, body => store.Logs.AddRange(LogDecoder.Decode(body))));
        endpoints.MapPost("/opentelemetry.proto.collector.metrics.v1.MetricsService/Export",
            (HttpContext context, TelemetryStore store, DashboardOptions options) =>
                ReceiveAsync(context, options, body => store.Metrics.AddRange(MetricDecoder.Decode(body))));
        return endpoints;
    }

    private static async Task ReceiveAsync(HttpContext context, DashboardOptions options, OtlpPayload.Consume consume)
    {
        context.Response.ContentType = GrpcContentType;
        if (context.Request.ContentType?.StartsWith(GrpcContentType, StringComparison.OrdinalIgnoreCase) != true)
        {
            await FinishAsync(context, Unimplemented, "Only application/grpc is served here.");
            return;
        }
        var frame = await OtlpPayload.ReadAsync(context.Request.Body, gzip: false, options.MaxRequestBytes + 5, context.RequestAborted);
        if (frame is null || frame.Length < 5 || BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(1, 4)) != frame.Length - 5)
        {
            await FinishAsync(context, InvalidArgument, "The request is not one length-prefixed message.");
            return;
        }
        var message = frame.AsMemory(5);
        if (frame[0] == 1)
        {
            var gzip = string.Equals(context.Request.Headers["grpc-encoding"], "gzip", StringComparison.OrdinalIgnoreCase);
            var inflated = gzip ? await OtlpPayload.ReadAsync(new MemoryStream(frame, 5, frame.Length - 5), gzip: true,
                options.MaxRequestBytes, context.RequestAborted) : null;
            if (inflated is null)
            {
                await FinishAsync(context, Unimplemented, "Only gzip compression is supported.");
                return;
            }
            message = inflated;
        }
        if (!OtlpPayload.TryConsume(message.Span, consume))
        {
            await FinishAsync(context, InvalidArgument, "The message is not a valid export request.");
            return;
        }
        // The empty Export*ServiceResponse: flag 0, length 0.
        await context.Response.Body.WriteAsync(new byte[5], context.RequestAborted);
        await FinishAsync(context, 0, null);
    }

    private static Task FinishAsync(HttpContext context, int status, string? message)
    {
        context.Response.AppendTrailer("grpc-status", status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (message is not null)
        {
            context.Response.AppendTrailer("grpc-message", message);
        }
        return Task.CompletedTask;
    }
}
