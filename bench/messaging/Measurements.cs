using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace StPlatform.Messaging.Bench;

/// <summary>Start and end timestamps per message id; latencies and throughput from them.</summary>
public sealed class Measurements
{
    private readonly ConcurrentDictionary<Guid, long> _started = new();
    private readonly ConcurrentDictionary<Guid, long> _finished = new();

    public int Finished => _finished.Count;

    public void Start(Guid id) => _started[id] = Stopwatch.GetTimestamp();

    /// <summary>Only the first end counts: a redelivery does not change when the effect happened.</summary>
    public void Finish(Guid id) => _finished.TryAdd(id, Stopwatch.GetTimestamp());

    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (Finished < count)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Only {Finished} of {count} messages arrived within {timeout}.");
            }
            await Task.Delay(5);
        }
    }

    public double PerSecond()
    {
        var ours = Ours().ToList();
        var first = ours.Min(m => m.Started);
        var last = ours.Max(m => m.Finished);
        return ours.Count / Stopwatch.GetElapsedTime(first, last).TotalSeconds;
    }

    public double LatencyPercentile(double percentile)
    {
        var latencies = Ours()
            .Select(m => Stopwatch.GetElapsedTime(m.Started, m.Finished).TotalMilliseconds)
            .Order()
            .ToArray();
        var index = (int)Math.Ceiling(percentile / 100 * latencies.Length) - 1;
        return latencies[Math.Clamp(index, 0, latencies.Length - 1)];
    }

    /// <summary>Messages started here: another phase's stragglers on the same queue are not ours.</summary>
    private IEnumerable<(long Started, long Finished)> Ours() =>
        _finished.Where(f => _started.ContainsKey(f.Key)).Select(f => (_started[f.Key], f.Value));

    public static string Format(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}

/// <summary>Starts one operation every 1/rate seconds, whether or not the previous ones finished.</summary>
public static class FixedRate
{
    public static async Task RunAsync(int count, int perSecond, Func<int, Task> operation)
    {
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            inFlight.Add(operation(i));
        }
        await Task.WhenAll(inFlight);
    }
}
