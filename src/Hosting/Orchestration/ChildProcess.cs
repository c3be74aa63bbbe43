using System.Diagnostics;
using System.Text;

namespace StPlatform.Hosting.Orchestration;

/// <summary>A started child: its console captured line by line, its exit observed, its stop graceful then forced.</summary>
internal sealed class ChildProcess : IDisposable
{
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly ConsoleLog _log;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process, ConsoleLog log, int stopSignal)
    {
        _process = process;
        _log = log;
        StopSignal = stopSignal;
    }

    public int Id { get; private set; }

    public int StopSignal { get; }

    /// <summary>Completes with the exit code when the process exits (not waiting for grandchildren's pipes).</summary>
    public Task<int> Exited => _exited.Task;

    public static ChildProcess Start(ProcessSpec spec, ConsoleLog log)
    {
        var info = new ProcessStartInfo
        {
            WorkingDirectory = spec.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (spec.ClearEnvironment)
        {
            info.Environment.Clear();
            info.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
            info.Environment["LANG"] = "C.UTF-8";
        }
        foreach (var (name, value) in spec.Environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        // setsid: a session of its own, so a terminal's Ctrl+C reaches the AppHost alone, which then
        // stops the children in dependency order. setsid and setpriv both exec: the PID is the program's.
        info.FileName = "setsid";
        if (spec.RunAsUser is { } user)
        {
            info.ArgumentList.Add("setpriv");
            info.ArgumentList.Add($"--reuid={user}");
            info.ArgumentList.Add($"--regid={user}");
            info.ArgumentList.Add("--init-groups");
        }
        info.ArgumentList.Add(Resolve(spec.FileName, spec.WorkingDirectory, info.Environment.TryGetValue("PATH", out var path) ? path : null));
        foreach (var arg in spec.Args)
        {
            info.ArgumentList.Add(arg);
        }
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process, log, spec.StopSignal);
        process.OutputDataReceived += (_, e) => child.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => child.Capture(e.Data);
        process.Exited += (_, _) => _ = child.CompleteAsync();
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }
        child.Id = process.Id;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Asks the process to stop, waits up to <see cref="StopGrace"/>, then kills its whole tree.</summary>
    public async Task StopAsync()
    {
        if (Exited.IsCompleted)
        {
            return;
        }
        NativeMethods.Signal(Id, StopSignal);
        try
        {
            await Exited.WaitAsync(StopGrace);
        }
        catch (TimeoutException)
        {
            _log.Add($"[apphost] did not stop within {StopGrace.TotalSeconds:0} s; killing it.");
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }
            await Exited.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public void Dispose() => _process.Dispose();

    /// <summary>Lets the last lines of output arrive before the exit is reported (bounded: a grandchild may hold the pipes).</summary>
    private async Task CompleteAsync()
    {
        using var drained = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await _process.WaitForExitAsync(drained.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or ObjectDisposedException)
        {
            // Still-open pipes or a disposed process: the exit itself is known, report it anyway.
        }
        try
        {
            _exited.TrySetResult(_process.ExitCode);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
        {
            _exited.TrySetResult(-1);
        }
    }

    /// <summary>The program's full path, searched like execvp does; a missing program fails here, before any process exists.</summary>
    private static string Resolve(string program, string workingDirectory, string? path)
    {
        if (program.Contains('/', StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(program, workingDirectory);
            return File.Exists(full) ? full : throw new FileNotFoundException($"The program {full} does not exist.", full);
        }
        return (path ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"The program {program} is not on the PATH.", program);
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            _log.Add(line);
        }
    }
}
