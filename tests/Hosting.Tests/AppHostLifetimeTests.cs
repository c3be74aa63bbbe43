using StPlatform.Hosting.Testing;
using StPlatform.Hosting.Tests.ProbeAppHost;
using Xunit.Abstractions;

namespace StPlatform.Hosting.Tests;

public sealed class AppHostLifetimeTests(ITestOutputHelper output)
{
    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(150)).Token;

    [Fact]
    public async Task Disposing_the_application_stops_every_child_and_removes_its_data_folder()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Marker>(cancellationToken: Timeout);
        builder.Output = output.WriteLine;
        var app = await builder.BuildAsync(Timeout);
        int[] children;
        string folder;
        try
        {
            await app.StartAsync(Timeout);
            await app.ResourceNotifications.WaitForResourceAsync("sidecar", KnownResourceStates.Running, Timeout);
            folder = app.DataFolder!;
            children = [.. ProcessInspection.RecordedChildren(folder)];
            Assert.Equal(3, children.Length);
            Assert.All(children, pid => Assert.True(ProcessInspection.IsAlive(pid)));
        }
        finally
        {
            await app.DisposeAsync();
        }

        Assert.All(children, pid => Assert.False(ProcessInspection.IsAlive(pid), $"PID {pid} is still running."));
        Assert.False(Directory.Exists(folder));
        Assert.All(app.ResourceNotifications.GetSnapshots().Where(s => s.ResourceType != "PostgresDatabase"),
            s => Assert.Equal(KnownResourceStates.Finished, s.State));
    }

    [Fact]
    public async Task The_AppHost_entry_point_hands_its_resources_to_the_harness_without_running_them()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Marker>(cancellationToken: Timeout);

        Assert.Equal(["postgres", "probedb", "probe", "sidecar"], builder.Resources.Select(r => r.Name));
        var probe = Assert.IsType<ProjectResource>(builder.Resources.Single(r => r.Name == "probe"));
        Assert.EndsWith("Fixtures/ProbeService/ProbeService.csproj", probe.ProjectPath, StringComparison.Ordinal);
        await using var app = await builder.BuildAsync(Timeout);
        Assert.All(app.ResourceNotifications.GetSnapshots(), s => Assert.Equal(KnownResourceStates.NotStarted, s.State));
    }
}
