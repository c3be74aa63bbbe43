using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Tests;

public sealed class MetricChartTests
{
    private static readonly DateTime T0 = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly double[] Bounds = [0.01, 0.1, 1];

    [Fact]
    public void Cumulative_request_histograms_become_request_rate_error_rate_and_latency_percentiles()
    {
        MetricPoint[] points =
        [
            Request(T0, 200, count: 10, buckets: [10, 0, 0, 0]),
            Request(T0, 500, count: 0, buckets: [0, 0, 0, 0]),
            // Ten seconds later: 100 more requests, 90 fast and 10 slow, 20 of them 5xx.
            Request(T0.AddSeconds(10), 200, count: 90, buckets: [80, 0, 10, 0]),
            Request(T0.AddSeconds(10), 500, count: 20, buckets: [0, 20, 0, 0]),
        ];

        var charts = MetricCharts.For(points, "tasks");

        Assert.Equal(10, Assert.Single(charts[0].Lines[0].Points).Value, 6);
        Assert.Equal(2, Assert.Single(charts[1].Lines[0].Points).Value, 6);
        var latency = charts[2].Lines.ToDictionary(l => l.Name, l => Assert.Single(l.Points).Value);
        Assert.InRange(latency["p50"], 0, 10);
        Assert.InRange(latency["p95"], 100, 1000);
        Assert.True(latency["p50"] < latency["p95"] && latency["p95"] <= latency["p99"]);
    }

    [Fact]
    public void A_restarted_sender_does_not_draw_a_negative_rate()
    {
        MetricPoint[] points =
        [
            Request(T0, 200, count: 50, buckets: [50, 0, 0, 0]),
            Request(T0.AddSeconds(5), 200, count: 3, buckets: [3, 0, 0, 0]),
        ];

        Assert.Empty(MetricCharts.For(points, "tasks")[0].Lines[0].Points);
    }

    private static MetricPoint Request(DateTime time, int status, ulong count, ulong[] buckets) => new()
    {
        Service = "tasks",
        Name = MetricCharts.RequestDuration,
        Unit = "s",
        Kind = MetricKind.Histogram,
        Time = time,
        Count = count,
        Bounds = Bounds,
        BucketCounts = buckets,
        Attributes = [new("http.response.status_code", status.ToString(System.Globalization.CultureInfo.InvariantCulture))],
    };
}
