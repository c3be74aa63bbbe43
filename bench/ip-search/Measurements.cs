using System.Globalization;

namespace StPlatform.IntellectualProperty.Bench;

internal sealed class Measurements(string[] queries)
{
    public List<double>[] Gateway { get; } = [.. queries.Select(_ => new List<double>())];

    /// <summary>The same search at the IP service itself, without the gateway's hop.</summary>
    public List<double>[] Service { get; } = [.. queries.Select(_ => new List<double>())];

    public List<double>[] Direct { get; } = [.. queries.Select(_ => new List<double>())];

    public int[] Found { get; } = new int[queries.Length];

    /// <summary>The register page, first without a query, then for each query.</summary>
    public List<double>[] Register { get; } = [.. queries.Prepend("").Select(_ => new List<double>())];

    public void Print()
    {
        Console.WriteLine("| query | rows read | gateway p50 / p95 ms | service p50 / p95 ms | direct p50 / p95 ms | p95 ratio, gateway / direct |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var i = 0; i < queries.Length; i++)
        {
            Console.WriteLine(Row($"`{queries[i]}`", Found[i].ToString(CultureInfo.InvariantCulture), Gateway[i], Service[i], Direct[i]));
        }
        var gateway = Gateway.SelectMany(g => g).ToList();
        Console.WriteLine(Row($"**all** ({gateway.Count} each)", "", gateway, [.. Service.SelectMany(s => s)], [.. Direct.SelectMany(d => d)]));
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

    private static string Row(string name, string found, List<double> gateway, List<double> service, List<double> direct) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {found} | {P(gateway, 50):F1} / {P(gateway, 95):F1} | {P(service, 50):F1} / {P(service, 95):F1} | {P(direct, 50):F1} / {P(direct, 95):F1} | {P(gateway, 95) / P(direct, 95):F2} |");

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
