using System.Diagnostics;
using System.Globalization;

namespace StPlatform.Messaging.Bench;

/// <summary>
/// CPU time spent by this process (publishers, relay, consumers, the bare loop's client) and by the
/// process trees of the PostgreSQL server and the broker it started, read from /proc. CPU per
/// event moves less than events per second with what else the shared machine is doing, though
/// contention still inflates it.
/// </summary>
public sealed class CpuMeter(int postgresPid, int brokerPid)
{
    private static readonly double TicksPerMs = 100 / 1000.0; // USER_HZ

    public CpuSample Sample() => new(
        Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds,
        TreeMs(postgresPid),
        TreeMs(brokerPid));

    /// <summary>The process, its live descendants, and (through cutime/cstime) the ones already reaped.</summary>
    private static double TreeMs(int root)
    {
        var parents = new Dictionary<int, int>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                // utime, stime, cutime, cstime: fields 14-17 of stat, 11-14 after the command.
                ticks[pid] = fields.Skip(11).Take(4).Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }
        return ticks.Where(t => IsWithin(t.Key, root, parents)).Sum(t => t.Value) / TicksPerMs;
    }

    private static bool IsWithin(int pid, int root, Dictionary<int, int> parents)
    {
        for (var depth = 0; depth < 16 && pid > 1; depth++)
        {
            if (pid == root)
            {
                return true;
            }
            pid = parents.GetValueOrDefault(pid);
        }
        return false;
    }
}

public sealed record CpuSample(double ThisProcessMs, double PostgresMs, double BrokerMs)
{
    public static CpuSample operator -(CpuSample end, CpuSample start) => new(
        end.ThisProcessMs - start.ThisProcessMs, end.PostgresMs - start.PostgresMs, end.BrokerMs - start.BrokerMs);

    public double TotalMs => ThisProcessMs + PostgresMs + BrokerMs;

    /// <summary>"0.41 ms (.NET 0.20, PostgreSQL 0.00, broker 0.21)" per event.</summary>
    public string PerEvent(int events) => string.Create(CultureInfo.InvariantCulture,
        $"{TotalMs / events:F2} ms (.NET {ThisProcessMs / events:F2}, PostgreSQL {PostgresMs / events:F2}, broker {BrokerMs / events:F2})");
}
