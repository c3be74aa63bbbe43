using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using StPlatform.Messaging.Tests.Infrastructure;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Outbox;

/// <summary>What the ops console needs to draw a request and the work it caused as one trace.</summary>
public sealed class TraceContextTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    [Fact]
    public async Task The_consumers_work_joins_the_trace_of_the_request_that_wrote_the_event()
    {
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or MessagingActivities.SourceName or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);
        await using var service = await StartServiceAsync();
        ActivityTraceId traceId;

        // The client's own span: HttpClient sends its context as the request's traceparent.
        using (var caller = new Activity("test client").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            traceId = caller.TraceId;
            using var response = await service.Client.PostAsJsonAsync("/items", new NewItem("traced"));
            response.EnsureSuccessStatusCode();
        }

        await Eventually.UntilAsync(
            () => Task.FromResult(stopped.Count(a => a.TraceId == traceId && a.Kind == ActivityKind.Consumer)),
            n => n >= 1, SettleTimeout, "the consumer's activity in the request's trace");
        var trace = stopped.Where(a => a.TraceId == traceId).ToList();
        var publish = Assert.Single(trace, a => a.Source.Name == MessagingActivities.SourceName);
        var server = Assert.Single(trace, a => a.Kind == ActivityKind.Server);
        Assert.Equal(server.SpanId, publish.ParentSpanId);
    }
}
