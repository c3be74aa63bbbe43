namespace StPlatform.Dashboard.Telemetry;

/// <summary>
/// The charts of one service, computed from the held points. The .NET exporter sends cumulative
/// sums and histograms, every point of one export with the same time: consecutive exports give
/// rates, and the difference of their bucket counts gives the percentiles of that interval.
/// </summary>
public static class MetricCharts
{
    public const string RequestDuration = "http.server.request.duration";
    public const string OutboxDepth = "stplatform.messaging.outbox.depth";
    public const string ConsumerLag = "stplatform.messaging.consumer.lag";
    public const string WorkingSet = "dotnet.process.memory.working_set";

    public static IReadOnlyList<Chart> For(IEnumerable<MetricPoint> points, string service)
    {
        var byName = points.Where(p => p.Service == service).ToLookup(p => p.Name, StringComparer.Ordinal);
        var requests = Exports(byName[RequestDuration]);
        var scale = byName[RequestDuration].FirstOrDefault()?.Unit == "s" ? 1000 : 1;
        return
        [
            new("Tốc độ yêu cầu / Request rate", "req/s", [new("tất cả / all", Rates(requests, _ => true))]),
            new("Tốc độ lỗi (5xx) / Error rate (5xx)", "req/s", [new("5xx", Rates(requests, IsServerError))]),
            new("Độ trễ / Latency", "ms", Percentiles(requests, scale)),
            new("Hàng đợi outbox / Outbox depth", "message", [new("outbox", Sums(Exports(byName[OutboxDepth])))]),
            new("Độ trễ tiêu thụ / Consumer lag", "ms", Percentiles(Exports(byName[ConsumerLag]), 1)),
            new("Bộ nhớ / Memory (working set)", "MiB",
                [new("working set", Sums(Exports(byName[WorkingSet])).Select(p => p with { Value = p.Value / 1048576 }).ToArray())]),
        ];
    }

    /// <summary>The names and latest values of everything else the service sends.</summary>
    public static IReadOnlyList<MetricPoint> Latest(IEnumerable<MetricPoint> points, string service) =>
        points.Where(p => p.Service == service)
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(g => g.MaxBy(p => p.Time)!)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();

    private static bool IsServerError(MetricPoint point) =>
        int.TryParse(point.Attribute("http.response.status_code"), out var status) && status >= 500;

    private static List<IGrouping<DateTime, MetricPoint>> Exports(IEnumerable<MetricPoint> points) =>
        points.GroupBy(p => p.Time).OrderBy(g => g.Key).ToList();

    private static ChartPoint[] Sums(List<IGrouping<DateTime, MetricPoint>> exports) =>
        exports.Select(e => new ChartPoint(e.Key, e.Sum(p => p.Value))).ToArray();

    private static ChartPoint[] Rates(List<IGrouping<DateTime, MetricPoint>> exports, Func<MetricPoint, bool> which)
    {
        var rates = new List<ChartPoint>();
        for (var i = 1; i < exports.Count; i++)
        {
            var seconds = (exports[i].Key - exports[i - 1].Key).TotalSeconds;
            var delta = Count(exports[i], which) - Count(exports[i - 1], which);
            if (seconds > 0 && delta >= 0)
            {
                rates.Add(new ChartPoint(exports[i].Key, delta / seconds));
            }
        }
        return rates.ToArray();
    }

    private static double Count(IEnumerable<MetricPoint> export, Func<MetricPoint, bool> which) =>
        export.Where(which).Sum(p => (double)p.Count);

    private static ChartLine[] Percentiles(List<IGrouping<DateTime, MetricPoint>> exports, double scale)
    {
        double[] quantiles = [0.5, 0.95, 0.99];
        var lines = quantiles.Select(_ => new List<ChartPoint>()).ToArray();
        for (var i = 1; i < exports.Count; i++)
        {
            if (Histograms.Delta(exports[i - 1], exports[i]) is not { } delta)
            {
                continue;
            }
            for (var q = 0; q < quantiles.Length; q++)
            {
                lines[q].Add(new ChartPoint(exports[i].Key, Histograms.Quantile(delta.Bounds, delta.Counts, quantiles[q]) * scale));
            }
        }
        return [new("p50", lines[0]), new("p95", lines[1]), new("p99", lines[2])];
    }
}
