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
        var output = await hey.StandardOutput.ReadToEndAsync();
        await hey.WaitForExitAsync();
        double Percentile(string p) => double.Parse(Latency().Matches(output).Single(m => m.Groups["p"].Value == p).Groups["secs"].Value, CultureInfo.InvariantCulture) * 1000;
        var statuses = string.Join(", ", Status().Matches(output).Select(m => $"{m.Groups["code"].Value}×{m.Groups["n"].Value}"));
        return (Percentile("50"), Percentile("95"), statuses);
    }

    [GeneratedRegex(@"(?<p>\d+)% in (?<secs>[0-9.]+) secs")]
    private static partial Regex Latency();

    [GeneratedRegex(@"\[(?<code>\d{3})\]\s+(?<n>\d+) responses")]
    private static partial Regex Status();
}
