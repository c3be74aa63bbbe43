using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using StPlatform.Dashboard.Telemetry;
using Xunit.Abstractions;

namespace StPlatform.Dashboard.Tests;

public sealed class LimitTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_burst_of_100000_spans_keeps_only_the_newest_up_to_the_configured_limit()
    {
        const int Burst = 100_000, Limit = 10_000;
        await using var server = await DashboardServer.StartAsync(new DashboardOptions { MaxSpans = Limit }, null);
        using var source = new ActivitySource("burst");
        var clock = Stopwatch.StartNew();
        using (var provider = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("burst"))
            .AddSource("burst")
            .AddOtlpExporter(o =>
            {
                o.Protocol = OtlpExportProtocol.HttpProtobuf;
                o.Endpoint = new Uri(server.OtlpHttpUrl, "/v1/traces");
                o.BatchExportProcessorOptions.MaxQueueSize = Burst;
                o.BatchExportProcessorOptions.MaxExportBatchSize = 5_000;
                o.BatchExportProcessorOptions.ScheduledDelayMilliseconds = 100;
            })
            .Build())
        {
            for (var i = 0; i < Burst; i++)
            {
                source.StartActivity($"span-{i:000000}")?.Stop();
            }
            Assert.True(provider.ForceFlush(60_000), "the exporter could not deliver the burst within a minute");
        }
        output.WriteLine($"{Burst} spans exported and stored in {clock.ElapsedMilliseconds} ms");

        var held = server.Telemetry.Spans.Snapshot();
        Assert.Equal(Limit, held.Length);
        Assert.Equal(Burst - Limit, server.Telemetry.Spans.Dropped);
        Assert.Equal(Enumerable.Range(Burst - Limit, Limit).Select(i => $"span-{i:000000}"), held.Select(s => s.Name));
    }

    [Fact]
    public void A_ring_hands_back_what_it_holds_oldest_first_after_wrapping()
    {
        var ring = new BoundedBuffer<int>(3);
        ring.AddRange([1, 2]);
        Assert.Equal([1, 2], ring.Snapshot());
        ring.AddRange([3, 4, 5]);
        Assert.Equal([3, 4, 5], ring.Snapshot());
        ring.AddRange([6]);
        Assert.Equal([4, 5, 6], ring.Snapshot());
        Assert.Equal(3, ring.Dropped);
    }
}
