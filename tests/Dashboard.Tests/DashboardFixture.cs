namespace StPlatform.Dashboard.Tests;

/// <summary>One console on its own (no AppHost), shared by the receiver tests; each test uses its own service name.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public DashboardServer Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await DashboardServer.StartAsync(new DashboardOptions { MaxSpans = 50_000, MaxLogs = 10_000, MaxMetricPoints = 10_000 }, null);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class RunningDashboard : ICollectionFixture<DashboardFixture>
{
    public const string Name = "running dashboard";
}
