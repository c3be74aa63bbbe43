using System.Diagnostics;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Infrastructure;

/// <summary>The test service in a process of its own, to be killed with SIGKILL.</summary>
public sealed class ChildService : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private ChildService(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    public static async Task<ChildService> StartAsync(ServiceSetup setup, string mode, int count = 0)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "exec", typeof(Program).Assembly.Location, "service", setup.Database, setup.Messaging, setup.EndpointPrefix, mode, count.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The child service did not start.");
        var child = new ChildService(process);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(ReadyTimeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line == Program.Ready)
                {
                    // Drained so that a chatty child never blocks on a full pipe.
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    return child;
                }
            }
            throw new InvalidOperationException($"The child service exited before it was ready (exit code {process.ExitCode}).");
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    public void Kill() => _process.Kill();

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
