using System.Diagnostics;
using System.Globalization;
using StPlatform.Hosting.Testing;
using Xunit.Abstractions;

namespace StPlatform.Hosting.Tests;

public sealed class DataFolderTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stplatform-folder-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    [Fact]
    public async Task A_start_stops_what_a_crashed_AppHost_left_running_and_nothing_else()
    {
        using var leftover = Process.Start("sleep", "300");
        using var stranger = Process.Start("sleep", "300");
        Directory.CreateDirectory(_folder);
        // The stranger's PID is recorded with another start time: a recycled PID that is not ours.
        await File.WriteAllLinesAsync(Path.Combine(_folder, "pids"),
        [
            $"{leftover.Id} {StartTicks(leftover.Id)} 15 worker",
            $"{stranger.Id} {StartTicks(stranger.Id) + 1} 15 worker",
        ]);
        try
        {
            var builder = DistributedApplicationTestingBuilder.Create($"--DataFolder={_folder}");
            builder.Output = output.WriteLine;
            await using var app = await builder.BuildAsync();
            await app.StartAsync(Timeout);

            Assert.True(leftover.WaitForExit(TimeSpan.FromSeconds(5)), "The leftover is still running.");
            Assert.False(stranger.HasExited);
        }
        finally
        {
            stranger.Kill();
            leftover.Kill();
        }
    }

    [Fact]
    public async Task Two_applications_cannot_use_one_data_folder_at_once()
    {
        var first = DistributedApplicationTestingBuilder.Create($"--DataFolder={_folder}");
        var second = DistributedApplicationTestingBuilder.Create($"--DataFolder={_folder}");
        await using var running = await first.BuildAsync();
        await using var refused = await second.BuildAsync();
        await running.StartAsync(Timeout);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => refused.StartAsync(Timeout));

        Assert.Contains(_folder, failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "apphost.pid")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static long StartTicks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19], CultureInfo.InvariantCulture);
    }
}
