using System.Globalization;

namespace StPlatform.IntellectualProperty.Bench;

internal sealed class Measurements(string[] queries)
{
    public List<double>[] Gateway { get; } = [.. queries.Select(_ => new List<double>())];

    public List<double>[] Direct { get; } = [.. queries.Select(_ => new List<double>())];

    public int[] Found { get; } = new int[queries.Length];

    /// <summary>The register page, first without a query, then for each query.</summary>
    public List<double>[] Register { get; } = [.. queries.Prepend("").Select(_ => new List<double>())];

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
        Console.WriteLine();
        Console.WriteLine("| register page `/ip` through the gateway | p50 / p95 ms |");
        Console.WriteLine("|---|---:|");
        foreach (var (query, times) in queries.Prepend("").Zip(Register))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(query.Length == 0 ? "no query" : $"`?q={query}`")} | {P(times, 50):F1} / {P(times, 95):F1} |"));
        }
        var register = Register.SelectMany(r => r).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** ({register.Count}) | {P(register, 50):F1} / {P(register, 95):F1} |"));
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
