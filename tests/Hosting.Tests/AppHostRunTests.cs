using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Xunit.Abstractions;

namespace StPlatform.Hosting.Tests;

/// <summary>The AppHost as the run command starts it: its own process, console output, stopped by SIGTERM.</summary>
public sealed class AppHostRunTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stplatform-run-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task The_run_command_reports_all_healthy_and_stops_every_child_on_a_signal(string signal)
    {
        var lines = new ConcurrentQueue<string>();
        using var appHost = StartAppHost(lines);
        try
        {
            await WaitForLineAsync(lines, DistributedApplication.AllHealthyPrefix, TimeSpan.FromSeconds(120));
            var children = ProcessInspection.RecordedChildren(_folder);
            Assert.Equal(3, children.Count);
            Assert.Contains(lines, l => l.StartsWith("apphost | probe: http://127.0.0.1:", StringComparison.Ordinal));

            Process.Start("kill", [$"-{signal}", appHost.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();

            Assert.True(appHost.WaitForExit(TimeSpan.FromSeconds(30)), $"The AppHost did not exit after SIG{signal}.");
            // Only the overload without a timeout waits for the redirected output to be read to its end.
            appHost.WaitForExit();
            Assert.Equal(0, appHost.ExitCode);
            Assert.All(children, pid => Assert.False(ProcessInspection.IsAlive(pid), $"PID {pid} is still running."));
            Assert.Empty(File.ReadAllLines(Path.Combine(_folder, "pids")));
            Assert.Contains("apphost | Stopped.", lines);
        }
        finally
        {
            if (!appHost.HasExited)
            {
                appHost.Kill(entireProcessTree: true);
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Process StartAppHost(ConcurrentQueue<string> lines)
    {
        var configuration = typeof(AppHostRunTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var dll = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../Fixtures/ProbeAppHost/bin", configuration, "net10.0/ProbeAppHost.dll"));
        // Started the way a script's background job is: with SIGINT ignored, which exec keeps.
        var info = new ProcessStartInfo("sh", ["-c", "trap '' INT; exec dotnet \"$0\" \"$1\"", dll, $"--DataFolder={_folder}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info)!;
        void Collect(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is { } line)
            {
                lines.Enqueue(line);
                try
                {
                    output.WriteLine(line);
                }
                catch (InvalidOperationException)
                {
                    // The test has ended; its log is closed.
                }
            }
        }
        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForLineAsync(ConcurrentQueue<string> lines, string prefix, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!lines.Any(l => l.Contains(prefix, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"No line with '{prefix}' within {timeout.TotalSeconds} s. Last lines:\n{string.Join('\n', lines.TakeLast(20))}");
            await Task.Delay(200);
        }
    }
}
