namespace StPlatform.Dashboard.Telemetry;

internal static class Histograms
{
    /// <summary>
    /// The bucket counts recorded between two exports, summed over every attribute set that uses
    /// the same bounds; null when nothing was recorded in between (or a sender restarted).
    /// </summary>
    public static (IReadOnlyList<double> Bounds, double[] Counts)? Delta(IEnumerable<MetricPoint> before, IEnumerable<MetricPoint> after)
    {
        var latest = after.Where(p => p.BucketCounts.Count > 0).ToArray();
        if (latest.Length == 0)
        {
            return null;
        }
        var bounds = latest[0].Bounds;
        var counts = Sum(latest.Where(p => p.Bounds.SequenceEqual(bounds)), bounds.Count + 1);
        var previous = Sum(before.Where(p => p.Bounds.SequenceEqual(bounds)), bounds.Count + 1);
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] -= previous[i];
        }
        return counts.Any(c => c < 0) || counts.Sum() <= 0 ? null : (bounds, counts);
    }

    /// <summary>The value below which <paramref name="quantile"/> of the recordings fall, interpolated inside its bucket.</summary>
    public static double Quantile(IReadOnlyList<double> bounds, double[] counts, double quantile)
    {
        var target = counts.Sum() * quantile;
        var seen = 0d;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && seen + counts[i] >= target)
            {
                var lower = i == 0 ? 0 : bounds[i - 1];
                var upper = i < bounds.Count ? bounds[i] : lower;
                return lower + (upper - lower) * ((target - seen) / counts[i]);
            }
            seen += counts[i];
        }
        return bounds.Count > 0 ? bounds[^1] : 0;
    }

    private static double[] Sum(IEnumerable<MetricPoint> points, int length)
    {
        var sums = new double[length];
        foreach (var point in points.Where(p => p.BucketCounts.Count == length))
        {
            for (var i = 0; i < length; i++)
            {
                sums[i] += point.BucketCounts[i];
            }
        }
        return sums;
    }
}
