using StPlatform.Hosting.Testing;
using Xunit.Abstractions;

namespace StPlatform.Hosting.Tests;

public sealed class ExecutableResourceTests(ITestOutputHelper output)
{
    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    [Fact]
    public async Task An_executable_reaches_Running_and_its_console_is_captured()
    {
        var builder = CreateBuilder();
        builder.AddExecutable("talker", "sh", ".", "-c", "echo 'xin chào from stdout'; echo 'to stderr' >&2; exec sleep 30");
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);

        var running = await app.ResourceNotifications.WaitForResourceAsync("talker", KnownResourceStates.Running, Timeout);
        IReadOnlyList<string> lines = [];
        for (var attempt = 0; attempt < 100 && lines.Count < 2; attempt++)
        {
            await Task.Delay(100, Timeout);
            lines = app.ResourceNotifications.GetSnapshot("talker").ConsoleLines;
        }

        Assert.True(ProcessInspection.IsAlive(running.Snapshot.ProcessId!.Value));
        Assert.Contains("xin chào from stdout", lines);
        Assert.Contains("to stderr", lines);
    }

    [Fact]
    public async Task An_executable_that_exits_non_zero_is_Exited_with_its_exit_code()
    {
        var builder = CreateBuilder();
        builder.AddExecutable("failing", "sh", ".", "-c", "echo 'cannot go on' >&2; exit 3");
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);

        var exited = await app.ResourceNotifications.WaitForResourceAsync("failing", KnownResourceStates.Exited, Timeout);

        Assert.Equal(3, exited.Snapshot.ExitCode);
        Assert.Contains("cannot go on", app.ResourceNotifications.GetSnapshot("failing").ConsoleLines);
    }

    [Fact]
    public async Task A_program_that_does_not_exist_fails_to_start_and_so_does_what_waits_for_it()
    {
        var builder = CreateBuilder();
        var missing = builder.AddExecutable("missing", "/nonexistent/program", ".");
        builder.AddExecutable("dependent", "sleep", ".", "30").WaitFor(missing);
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);

        await app.ResourceNotifications.WaitForResourceAsync("missing", KnownResourceStates.FailedToStart, Timeout);
        await app.ResourceNotifications.WaitForResourceAsync("dependent", KnownResourceStates.FailedToStart, Timeout);
    }

    [Fact]
    public async Task A_resource_stays_Waiting_until_what_it_waits_for_is_healthy()
    {
        var gatePort = PortFinder.Free();
        var builder = CreateBuilder();
        var gate = builder.AddExecutable("gate", "sleep", ".", "60")
            .WithHttpEndpoint(port: gatePort)
            .WithHttpHealthCheck("/");
        builder.AddExecutable("dependent", "sleep", ".", "60").WaitFor(gate);
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);

        await app.ResourceNotifications.WaitForResourceAsync("gate",
            e => e.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, "be unhealthy", TimeSpan.FromSeconds(20), Timeout);
        await Task.Delay(TimeSpan.FromSeconds(2), Timeout);
        Assert.Equal(KnownResourceStates.Waiting, app.ResourceNotifications.GetSnapshot("dependent").State);

        await using (OkResponder.Start(gatePort))
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync("gate", Timeout);
            var running = await app.ResourceNotifications.WaitForResourceAsync("dependent", KnownResourceStates.Running, Timeout);
            Assert.NotNull(running.Snapshot.ProcessId);
        }
    }

    [Fact]
    public async Task A_wait_that_times_out_names_the_resource_its_state_and_its_console()
    {
        var builder = CreateBuilder();
        builder.AddExecutable("never-healthy", "sh", ".", "-c", "echo 'still warming up'; exec sleep 30")
            .WithHttpEndpoint()
            .WithHttpHealthCheck("/health");
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);

        var failure = await Assert.ThrowsAsync<TimeoutException>(() =>
            app.ResourceNotifications.WaitForResourceHealthyAsync("never-healthy", TimeSpan.FromSeconds(3), Timeout));

        Assert.Contains("'never-healthy'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(KnownResourceStates.Running, failure.Message, StringComparison.Ordinal);
        Assert.Contains("still warming up", failure.Message, StringComparison.Ordinal);
    }

    private IDistributedApplicationTestingBuilder CreateBuilder()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.Output = output.WriteLine;
        return builder;
    }
}
