using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StPlatform.Tasks.Bench;

/// <summary>One <c>hey</c> run against the gateway: p50/p95 in ms and the status codes it saw.</summary>
internal static partial class Hey
{
    public static async Task<(double P50, double P95, string Statuses)> RunAsync(Uri url, string cookie, string accept, int requests, int concurrency)
    {
        var start = new ProcessStartInfo("hey") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-n", $"{requests}", "-c", $"{concurrency}", "-H", $"Cookie: {cookie}", "-H", $"Accept: {accept}", url.ToString() })
        {
            start.ArgumentList.Add(argument);
        }
        using var hey = Process.Start(start) ?? throw new InvalidOperationException("hey did not start (apt-get install hey).");
        var error = hey.StandardError.ReadToEndAsync();
        var output = await hey.StandardOutput.ReadToEndAsync();
        await hey.WaitForExitAsync();
        // hey 0.1.4 prints its 99% line as "0% in 0.0000 secs" when it has too few samples: first line wins.
        var latencies = Latency().Matches(output).GroupBy(m => m.Groups["p"].Value)
            .ToDictionary(g => g.Key, g => double.Parse(g.First().Groups["secs"].Value, CultureInfo.InvariantCulture) * 1000);
        var statuses = string.Join(", ", Status().Matches(output).Select(m => $"{m.Groups["code"].Value}×{m.Groups["n"].Value}"));
        if (!latencies.ContainsKey("50") || !latencies.ContainsKey("95"))
        {
            // No successful request: show what hey said (its error distribution) instead of a figure.
            Console.WriteLine($"hey {url}: {await error} {output[Math.Max(0, output.Length - 600)..]}");
        }
        return (latencies.GetValueOrDefault("50", double.NaN), latencies.GetValueOrDefault("95", double.NaN), statuses);
    }

    [GeneratedRegex(@"(?<p>\d+)% in (?<secs>[0-9.]+) secs")]
    private static partial Regex Latency();

    [GeneratedRegex(@"\[(?<code>\d{3})\]\s+(?<n>\d+) responses")]
    private static partial Regex Status();
}
