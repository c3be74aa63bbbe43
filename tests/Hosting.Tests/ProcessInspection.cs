using System.Globalization;

namespace StPlatform.Hosting.Tests;

/// <summary>What Linux says about a process and its sockets: read from /proc, never from the orchestrator.</summary>
internal static class ProcessInspection
{
    public static bool IsRoot => File.ReadAllLines("/proc/self/status").Single(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t')[1] == "0";

    public static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    /// <summary>The real user id's name, from /proc/&lt;pid&gt;/status and /etc/passwd.</summary>
    public static string UserOf(int pid)
    {
        var uid = File.ReadAllLines($"/proc/{pid}/status").Single(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t')[1];
        return File.ReadAllLines("/etc/passwd").Select(l => l.Split(':')).Single(f => f[2] == uid)[0];
    }

    public static IReadOnlyDictionary<string, string> EnvironmentOf(int pid) =>
        File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Split('=', 2))
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.Last().ElementAtOrDefault(1) ?? "");

    /// <summary>The local addresses (hex, as /proc/net/tcp writes them) listening on <paramref name="port"/>.</summary>
    public static IReadOnlyList<string> ListenersOn(int port)
    {
        var hexPort = port.ToString("X4", CultureInfo.InvariantCulture);
        return File.ReadAllLines("/proc/net/tcp").Concat(File.ReadAllLines("/proc/net/tcp6"))
            .Where(l => !l.TrimStart().StartsWith("sl", StringComparison.Ordinal))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 3 && f[3] == "0A" && f[1].EndsWith(":" + hexPort, StringComparison.Ordinal))
            .Select(f => f[1][..f[1].LastIndexOf(':')])
            .ToList();
    }

    public const string LoopbackV4 = "0100007F";

    public const string LoopbackV6 = "00000000000000000000000001000000";

    /// <summary>The PIDs an application recorded in its data folder's pids file.</summary>
    public static IReadOnlyList<int> RecordedChildren(string dataFolder) =>
        File.ReadAllLines(Path.Combine(dataFolder, "pids"))
            .Select(l => int.Parse(l.Split(' ')[0], CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>The local addresses every listening TCP socket of <paramref name="pid"/> is bound to.</summary>
    public static IReadOnlyList<string> ListenersOfProcess(int pid)
    {
        var inodes = Directory.GetFiles($"/proc/{pid}/fd")
            .Select(fd => new FileInfo(fd).LinkTarget)
            .OfType<string>()
            .Where(t => t.StartsWith("socket:[", StringComparison.Ordinal))
            .Select(t => t["socket:[".Length..^1])
            .ToHashSet();
        return File.ReadAllLines("/proc/net/tcp").Concat(File.ReadAllLines("/proc/net/tcp6"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 9 && f[3] == "0A" && inodes.Contains(f[9]))
            .Select(f => f[1][..f[1].LastIndexOf(':')])
            .ToList();
    }
}
