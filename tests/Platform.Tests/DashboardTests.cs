using System.Diagnostics;
using System.Net;
using StPlatform.Contracts;
using StPlatform.Dashboard;
using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Platform.Tests;

/// <summary>What the ops console receives from the running platform.</summary>
[Collection(RunningPlatform.Name)]
public sealed class DashboardTests(PlatformFixture platform)
{
    private const string AspNetCore = "Microsoft.AspNetCore";

    [Fact]
    public async Task A_request_through_the_gateway_is_one_trace_across_the_gateway_the_service_and_its_database()
    {
        var taskOffice = await platform.SessionAsync("taskoffice");
        var (response, traceId) = await TracedRequests.GetAsync(taskOffice, "/api/tasks?page=1&pageSize=5");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var spans = await TracedRequests.SpansAsync(platform.App, traceId, s =>
            s.Any(x => x.Service == ResourceNames.Gateway && x.Scope == AspNetCore)
            && s.Any(x => x.Service == ResourceNames.Tasks && x.Scope == AspNetCore)
            && s.Any(IsDatabaseCall));

        var gatewayServer = Assert.Single(spans, s => s.Service == ResourceNames.Gateway && s.Scope == AspNetCore);
        var tasksServer = Assert.Single(spans, s => s.Service == ResourceNames.Tasks && s.Scope == AspNetCore);
        var forwarded = Assert.Single(spans, s => s.SpanId == tasksServer.ParentSpanId);
        Assert.Equal((ResourceNames.Gateway, "client"), (forwarded.Service, forwarded.KindName));
        Assert.All(spans.Where(IsDatabaseCall), db => Assert.Equal(ResourceNames.Tasks, db.Service));
        var waterfall = TraceQueries.Waterfall(spans, traceId);
        Assert.Equal(spans.Length, waterfall.Count);
        Assert.Same(gatewayServer, waterfall[0].Span);
        Assert.All(waterfall.Skip(1), row => Assert.True(row.Depth > 0, $"{row.Span.Service} {row.Span.Name} is not under the gateway's span"));
    }

    [Fact]
    public async Task Issuing_a_plan_is_one_trace_from_the_gateway_through_the_registry_and_its_outbox_to_the_task_service()
    {
        var programmes = await platform.SessionAsync("programmes");
        // HttpClient sends the caller's trace context only when someone listens to its activities.
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) =>
                ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var caller = new Activity("test client").SetIdFormat(ActivityIdFormat.W3C);
        // Sampled, or the services' parent-based samplers drop the whole trace.
        caller.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        caller.Start();
        await Flows.PlanToTasksFlowTests.IssuePlanAsync(programmes);
        var traceId = caller.TraceId.ToHexString();
        caller.Stop();

        var spans = await TracedRequests.SpansAsync(platform.App, traceId, s =>
            s.Any(x => x.Service == ResourceNames.Gateway)
            && s.Any(x => x.Service == ResourceNames.Programmes && x.KindName == "producer")
            && s.Any(x => x.Service == ResourceNames.Tasks && x.KindName == "consumer")
            && s.Any(x => x.Service == ResourceNames.Tasks && IsDatabaseCall(x)));

        Assert.True(spans.Select(s => s.Service).Distinct().Count() >= 3);
        var waterfall = TraceQueries.Waterfall(spans, traceId);
        var consumer = waterfall.First(row => row.Span.Service == ResourceNames.Tasks && row.Span.KindName == "consumer");
        Assert.True(consumer.Depth > 0, "The task service's consumer is not under the request that issued the plan.");
    }

    [Fact]
    public void Every_service_exports_to_the_console_the_AppHost_started()
    {
        var dashboard = platform.App.GetDashboard();

        Assert.NotNull(dashboard);
        var env = ChildProcess.Environment(platform.App.ResourceNotifications.GetSnapshot(ResourceNames.Tasks).ProcessId!.Value);
        Assert.Equal(dashboard.OtlpGrpcUrl.ToString().TrimEnd('/'), env["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("grpc", env["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.True(dashboard.BrowserUrl.IsLoopback && dashboard.OtlpGrpcUrl.IsLoopback);
    }

    private static bool IsDatabaseCall(SpanData span) =>
        span.KindName == "client" && span.Attributes.Any(a => a.Key is "db.system" or "db.system.name" && a.Value == "postgresql");
}
