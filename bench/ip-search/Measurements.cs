using System.Globalization;

namespace StPlatform.IntellectualProperty.Bench;

internal sealed class Measurements(string[] queries)
{
    public List<double>[] Gateway { get; } = [.. queries.Select(_ => new List<double>())];

    public List<double>[] Direct { get; } = [.. queries.Select(_ => new List<double>())];

    public int[] Found { get; } = new int[queries.Length];

    public void Print()
    {
        Console.WriteLine("| query | rows read | gateway p50 / p95 ms | direct p50 / p95 ms | p95 ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var i = 0; i < queries.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{queries[i]}` | {Found[i]} | {P(Gateway[i], 50):F1} / {P(Gateway[i], 95):F1} | {P(Direct[i], 50):F1} / {P(Direct[i], 95):F1} | {P(Gateway[i], 95) / P(Direct[i], 95):F2} |"));
        }
        var gateway = Gateway.SelectMany(g => g).ToList();
        var direct = Direct.SelectMany(d => d).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all** ({gateway.Count} each) | | {P(gateway, 50):F1} / {P(gateway, 95):F1} | {P(direct, 50):F1} / {P(direct, 95):F1} | {P(gateway, 95) / P(direct, 95):F2} |"));
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
