using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using StPlatform.Messaging.Tests.Infrastructure;

namespace StPlatform.Messaging.Tests.Outbox;

public sealed class RelayTracingTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    [Fact]
    public async Task The_relays_polling_leaves_no_spans_while_requests_publishes_and_consumers_keep_theirs()
    {
        await using var service = await StartServiceAsync();
        var spans = new SpanCollector();
        // The service's own tracer provider, as an exporter would see it (not a raw listener, which
        // would ignore the relay's suppression).
        service.Services.GetRequiredService<TracerProvider>().AddProcessor(spans);

        var acknowledged = await WriteItemsAsync(service.Client, 5);
        var tally = await Effects.SettleAsync("traced", 5, acknowledged, SettleTimeout, () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        // Two more polls and depth refreshes of the idle relay (each every second).
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var statements = spans.Ended.Where(a => a.Source.Name == "Npgsql").Select(Statement).ToList();
        Assert.Contains(statements, s => s.Contains("inbox_messages", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Contains("SKIP LOCKED", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Contains("SET published_at", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Contains("FILTER (WHERE parked_at", StringComparison.Ordinal));
        Assert.True(spans.Ended.Count(a => a.Source.Name == MessagingActivities.SourceName) >= 5, "every publish keeps its span");
        Assert.Contains(spans.Ended, a => a.Kind == ActivityKind.Server);
    }

    private static string Statement(Activity activity) =>
        (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) as string ?? "";

    private sealed class SpanCollector : BaseProcessor<Activity>
    {
        private readonly ConcurrentQueue<Activity> _ended = new();

        public IReadOnlyCollection<Activity> Ended => _ended;

        public override void OnEnd(Activity data) => _ended.Enqueue(data);
    }
}
