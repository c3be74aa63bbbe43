using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Tests;

/// <summary>What the OpenTelemetry .NET exporter sends, over both OTLP transports, arrives decoded.</summary>
[Collection(RunningDashboard.Name)]
public sealed class OtlpReceiverTests(DashboardFixture dashboard)
{
    public static TheoryData<OtlpExportProtocol> Protocols => [OtlpExportProtocol.HttpProtobuf, OtlpExportProtocol.Grpc];

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Spans_arrive_with_their_ids_parent_kind_status_and_attributes(OtlpExportProtocol protocol)
    {
        var service = $"spans-{protocol}";
        using var source = new ActivitySource(service);
        using (var provider = Exporters.Tracing(dashboard.Server, protocol, service, service))
        {
            using var parent = source.StartActivity("GET /api/tasks", ActivityKind.Server)!;
            parent.SetTag("http.route", "/api/tasks");
            using (var child = source.StartActivity("SELECT tasksdb", ActivityKind.Client)!)
            {
                child.SetTag("db.system", "postgresql");
                child.SetStatus(ActivityStatusCode.Error, "timeout");
            }
            parent.Stop();
            provider.ForceFlush();
        }

        var spans = dashboard.Server.Telemetry.Spans.Snapshot().Where(s => s.Service == service).ToList();
        Assert.Equal(2, spans.Count);
        var server = Assert.Single(spans, s => s.Name == "GET /api/tasks");
        var client = Assert.Single(spans, s => s.Name == "SELECT tasksdb");
        Assert.Matches("^[0-9a-f]{32}$", server.TraceId);
        Assert.Equal(server.TraceId, client.TraceId);
        Assert.Equal(server.SpanId, client.ParentSpanId);
        Assert.Equal("", server.ParentSpanId);
        Assert.Equal(("server", "client"), (server.KindName, client.KindName));
        Assert.Contains(new KeyValuePair<string, string>("http.route", "/api/tasks"), server.Attributes);
        Assert.True(client.IsError);
        Assert.Equal("timeout", client.StatusMessage);
        Assert.Equal(service, server.Scope);
        Assert.InRange(server.Start, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow);
        Assert.True(server.End >= client.End && server.Start <= client.Start, "the parent spans its child");
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Logs_arrive_with_level_message_category_and_the_trace_they_were_written_in(OtlpExportProtocol protocol)
    {
        var service = $"logs-{protocol}";
        using var source = new ActivitySource(service);
        using var listener = ListenTo(service);
        string traceId;
        using (var factory = Exporters.Logging(dashboard.Server, protocol, service))
        {
            var logger = factory.CreateLogger("StPlatform.Tasks.TaskApi");
            using (var activity = source.StartActivity("request")!)
            {
                traceId = activity.TraceId.ToHexString();
                logger.LogError("Task {TaskCode} could not be saved", "NV-2026-0042");
            }
            logger.LogInformation("Outside any request");
        }

        var logs = dashboard.Server.Telemetry.Logs.Snapshot().Where(l => l.Service == service).ToList();
        Assert.Equal(2, logs.Count);
        var error = Assert.Single(logs, l => l.TraceId == traceId);
        Assert.Equal(LogLevelName.Error, error.Level);
        Assert.Equal("Task NV-2026-0042 could not be saved", error.Body);
        Assert.Equal("StPlatform.Tasks.TaskApi", error.Category);
        Assert.Contains(new KeyValuePair<string, string>("TaskCode", "NV-2026-0042"), error.Attributes);
        Assert.Equal(LogLevelName.Information, Assert.Single(logs, l => l.TraceId == "").Level);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public void Counters_gauges_and_histograms_arrive_with_their_values_and_buckets(OtlpExportProtocol protocol)
    {
        var service = $"metrics-{protocol}";
        using var meter = new Meter(service);
        var requests = meter.CreateCounter<long>("requests");
        var duration = meter.CreateHistogram<double>("http.server.request.duration", "s");
        meter.CreateObservableGauge("outbox.depth", () => 7, "{message}");
        using (var provider = Exporters.Metrics(dashboard.Server, protocol, service, service))
        {
            requests.Add(3, new KeyValuePair<string, object?>("http.response.status_code", 500));
            duration.Record(0.02);
            duration.Record(0.3);
            provider.ForceFlush();
        }

        var points = dashboard.Server.Telemetry.Metrics.Snapshot().Where(m => m.Service == service).ToList();
        var counter = points.First(p => p.Name == "requests");
        Assert.Equal((MetricKind.Sum, 3d, "500"), (counter.Kind, counter.Value, counter.Attribute("http.response.status_code")));
        Assert.Equal((MetricKind.Gauge, 7d), (points.First(p => p.Name == "outbox.depth").Kind, points.First(p => p.Name == "outbox.depth").Value));
        var histogram = points.First(p => p.Name == "http.server.request.duration");
        Assert.Equal((MetricKind.Histogram, 2ul, "s"), (histogram.Kind, histogram.Count, histogram.Unit));
        Assert.Equal(0.32, histogram.Value, 6);
        Assert.Equal(histogram.Bounds.Count + 1, histogram.BucketCounts.Count);
        Assert.Equal(2ul, histogram.BucketCounts.Aggregate(0ul, (a, b) => a + b));
    }

    private static ActivityListener ListenTo(string source)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
