using System.Diagnostics;
using System.Net;
using StPlatform.Contracts;
using StPlatform.Hosting.Testing;
using StPlatform.Hosting;

namespace StPlatform.Platform.Tests;

/// <summary>Tests that break the platform they start, so each starts its own.</summary>
public sealed class ServiceFailureTests
{
    [Fact]
    public async Task A_killed_service_is_seen_as_not_running_only_its_routes_answer_problems_and_their_logs_carry_the_trace_id()
    {
        await using var app = await PlatformFixture.StartPlatformAsync();
        using var gateway = app.CreateHttpClient(ResourceNames.Gateway);
        var pid = ProcessIdOf(app, ResourceNames.Tasks);

        Process.GetProcessById(pid).Kill();
        using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stoppedEvent = await app.ResourceNotifications.WaitForResourceAsync(
            ResourceNames.Tasks, KnownResourceStates.TerminalStates, stopped.Token);
        var state = stoppedEvent.Snapshot.State;

        Assert.Contains(state, new[] { KnownResourceStates.Exited, KnownResourceStates.FailedToStart });
        foreach (var path in new[] { "/api/tasks", "/tasks" })
        {
            using var response = await gateway.GetAsync(path);
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable });
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("traceId", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }
        foreach (var path in new[] { "/api/programmes", "/api/ip", "/api/startups", "/programmes" })
        {
            using var response = await gateway.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await AssertFailureLoggedUnderItsTraceIdAsync(app, gateway);
    }

    /// <summary>The operator pastes the failed request's trace id into the console's log filter.</summary>
    private static async Task AssertFailureLoggedUnderItsTraceIdAsync(DistributedApplication app, HttpClient gateway)
    {
        var (failed, traceId) = await TracedRequests.GetAsync(gateway, "/api/tasks");
        using (failed)
        {
            Assert.Contains(failed.StatusCode, new[] { HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable });
            Assert.Contains(traceId, await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var console = await DashboardClient.SignedInAsync(app);
        var page = await Eventually.GetStringAsync(console, $"/logs?traceId={traceId}",
            html => html.Contains("<td>gateway</td>", StringComparison.Ordinal));
        Assert.Contains("class=\"level-Warning\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_the_platform_leaves_no_process_behind()
    {
        var app = await PlatformFixture.StartPlatformAsync();
        var names = ServicePaths.Services.Append(ResourceNames.Gateway)
            .Append(ResourceNames.Postgres).Append(ResourceNames.Messaging);
        var pids = names.ToDictionary(name => name, name => ProcessIdOf(app, name));
        var descendants = pids.Values.SelectMany(Descendants).ToList();
        Assert.All(pids.Values, pid => Assert.True(ChildProcess.IsAlive(pid)));

        await app.DisposeAsync();

        foreach (var (name, pid) in pids)
        {
            Assert.False(ChildProcess.IsAlive(pid), $"{name} (pid {pid}) is still running after disposal");
        }
        Assert.All(descendants, pid => Assert.False(ChildProcess.IsAlive(pid), $"descendant pid {pid} still running"));
    }

    private static int ProcessIdOf(DistributedApplication app, string name) =>
        app.ResourceNotifications.GetSnapshot(name).ProcessId ?? throw new InvalidOperationException($"{name} has no process id");

    private static IEnumerable<int> Descendants(int pid)
    {
        var children = File.Exists($"/proc/{pid}/task/{pid}/children")
            ? File.ReadAllText($"/proc/{pid}/task/{pid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList()
            : [];
        return children.Concat(children.SelectMany(Descendants));
    }
}
