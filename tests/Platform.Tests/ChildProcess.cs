namespace StPlatform.Platform.Tests;

/// <summary>What Linux says about a running child: its environment and whether it still exists.</summary>
public static class ChildProcess
{
    public static IReadOnlyDictionary<string, string> Environment(int pid)
    {
        var raw = File.ReadAllText($"/proc/{pid}/environ");
        return raw.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0])
            .ToDictionary(g => g.Key, g => g.Last()[1]);
    }

    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var status = File.ReadAllLines($"/proc/{pid}/status");
            return !status.Any(line => line.StartsWith("State:", StringComparison.Ordinal) && line.Contains('Z', StringComparison.Ordinal));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
