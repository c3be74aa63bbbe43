using System.Collections.Concurrent;
using System.Globalization;

namespace StPlatform.Hosting.Orchestration;

/// <summary>
/// Where the servers keep their data. It records the PIDs of the children it runs in a <c>pids</c>
/// file, so that the next start stops what a crashed AppHost left behind, and it refuses to be used
/// by two AppHosts at once.
/// </summary>
internal sealed class DataFolder : IDisposable
{
    // Applications of this process that have a folder open (the owner file only tells processes apart).
    private static readonly ConcurrentDictionary<string, byte> s_openInThisProcess = new(StringComparer.Ordinal);

    private readonly Lock _gate = new();
    private readonly Dictionary<int, (ProcessIdentity Identity, int Signal, string Resource)> _children = [];
    private readonly bool _temporary;

    private DataFolder(string path, bool temporary)
    {
        Path = path;
        _temporary = temporary;
    }

    public string Path { get; }

    private string PidsFile => System.IO.Path.Combine(Path, "pids");

    private string OwnerFile => System.IO.Path.Combine(Path, "apphost.pid");

    /// <summary>Opens <paramref name="path"/>, or a fresh folder under /tmp deleted on disposal when null.</summary>
    public static async Task<DataFolder> OpenAsync(string? path, Action<string> log)
    {
        var temporary = path is null;
        path ??= Directory.CreateTempSubdirectory("stplatform-").FullName;
        Directory.CreateDirectory(path);
        UnixFiles.SetMode(path, UnixFiles.Traversable);
        path = System.IO.Path.GetFullPath(path);
        if (!s_openInThisProcess.TryAdd(path, 0))
        {
            throw new InvalidOperationException($"Another application of this process is using the data folder {path}.");
        }
        var folder = new DataFolder(path, temporary);
        try
        {
            folder.ClaimOwnership();
            await folder.StopLeftoversAsync(log);
            return folder;
        }
        catch
        {
            s_openInThisProcess.TryRemove(path, out _);
            throw;
        }
    }

    public string ResourceDirectory(string resourceName) => System.IO.Path.Combine(Path, resourceName);

    public void Record(ChildProcess child, string resourceName)
    {
        if (ProcessIdentity.Of(child.Id) is not { } identity)
        {
            return;
        }
        lock (_gate)
        {
            _children[child.Id] = (identity, child.StopSignal, resourceName);
            WritePids();
        }
    }

    public void Forget(ChildProcess child)
    {
        lock (_gate)
        {
            if (_children.Remove(child.Id))
            {
                WritePids();
            }
        }
    }

    public void Dispose()
    {
        File.Delete(OwnerFile);
        s_openInThisProcess.TryRemove(Path, out _);
        if (!_temporary)
        {
            return;
        }
        for (var attempt = 1; attempt <= 3 && Directory.Exists(Path); attempt++)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && attempt < 3)
            {
                Thread.Sleep(200);
            }
        }
    }

    private void ClaimOwnership()
    {
        if (File.Exists(OwnerFile) && Parse(File.ReadAllText(OwnerFile)) is { IsAlive: true } owner && owner.Pid != Environment.ProcessId)
        {
            throw new InvalidOperationException($"Another AppHost (PID {owner.Pid}) is using the data folder {Path}.");
        }
        var self = ProcessIdentity.Of(Environment.ProcessId);
        File.WriteAllText(OwnerFile, self is { } s ? Format(s) : "");
    }

    private async Task StopLeftoversAsync(Action<string> log)
    {
        if (!File.Exists(PidsFile))
        {
            return;
        }
        var leftovers = new List<ProcessIdentity>();
        foreach (var line in await File.ReadAllLinesAsync(PidsFile))
        {
            var parts = line.Split(' ', 4);
            if (parts.Length == 4 && Parse($"{parts[0]} {parts[1]}") is { IsAlive: true } identity)
            {
                log($"Stopping {parts[3]} (PID {identity.Pid}), left running by an earlier AppHost.");
                NativeMethods.Signal(identity.Pid, int.Parse(parts[2], CultureInfo.InvariantCulture));
                leftovers.Add(identity);
            }
        }
        var deadline = DateTime.UtcNow + ChildProcess.StopGrace;
        while (leftovers.Any(l => l.IsAlive) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        foreach (var leftover in leftovers.Where(l => l.IsAlive))
        {
            NativeMethods.Signal(leftover.Pid, NativeMethods.SIGKILL);
        }
        File.Delete(PidsFile);
    }

    private void WritePids() =>
        File.WriteAllLines(PidsFile, _children.Values.Select(c =>
            $"{Format(c.Identity)} {c.Signal.ToString(CultureInfo.InvariantCulture)} {c.Resource}"));

    private static string Format(ProcessIdentity identity) =>
        string.Create(CultureInfo.InvariantCulture, $"{identity.Pid} {identity.StartTicks}");

    private static ProcessIdentity? Parse(string text)
    {
        var parts = text.Trim().Split(' ');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid)
            && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ticks)
            ? new ProcessIdentity(pid, ticks)
            : null;
    }
}
