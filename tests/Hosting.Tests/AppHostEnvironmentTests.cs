using StPlatform.Hosting.Testing;
using StPlatform.Hosting.Tests.ProbeAppHost;
using Xunit.Abstractions;

namespace StPlatform.Hosting.Tests;

public sealed class AppHostEnvironmentTests(ITestOutputHelper output)
{
    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(150)).Token;

    [Fact]
    public async Task A_project_started_by_an_AppHost_receives_exactly_the_configuration_contract()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Marker>(cancellationToken: Timeout);
        builder.Output = output.WriteLine;
        await using var app = await builder.BuildAsync(Timeout);
        await app.StartAsync(Timeout);

        var probe = await app.ResourceNotifications.WaitForResourceHealthyAsync("probe", TimeSpan.FromSeconds(90), Timeout);
        var sidecar = await app.ResourceNotifications.WaitForResourceAsync("sidecar", KnownResourceStates.Running, Timeout);

        var endpoint = app.GetEndpoint("probe").ToString().TrimEnd('/');
        var connectionString = await app.GetConnectionStringAsync("probedb");
        var environment = ProcessInspection.EnvironmentOf(probe.Snapshot.ProcessId!.Value);
        Assert.Equal(endpoint, environment["ASPNETCORE_URLS"]);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+$", endpoint);
        Assert.Equal("Development", environment["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("Development", environment["DOTNET_ENVIRONMENT"]);
        Assert.Equal(connectionString, environment["ConnectionStrings__probedb"]);
        Assert.Equal("probe", environment["OTEL_SERVICE_NAME"]);
        Assert.Matches("^service.instance.id=[0-9a-f-]{36}$", environment["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_ENDPOINT", environment.Keys);
        Assert.Equal("false", environment["MASSTRANSIT_USAGE_TELEMETRY"]);
        Assert.Equal("false", environment["DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION"]);
        // Start-up on a small machine: no spinning thread-pool workers. The AppHost sets no tiering
        // delay of its own (one kept busy services in unoptimised code, bench/README.md): the child
        // has whatever the AppHost was started with (scripts/test sets one for test runs; none otherwise).
        Assert.Equal("0", environment["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"]);
        Assert.Equal(Environment.GetEnvironmentVariable("DOTNET_TC_CallCountingDelayMs"), environment.GetValueOrDefault("DOTNET_TC_CallCountingDelayMs"));
        Assert.Equal("from-apphost", environment["PROBE_SETTING"]);

        var sidecarEnvironment = ProcessInspection.EnvironmentOf(sidecar.Snapshot.ProcessId!.Value);
        Assert.Equal(endpoint, sidecarEnvironment["services__probe__http__0"]);
        Assert.Equal("sidecar", sidecarEnvironment["OTEL_SERVICE_NAME"]);
    }

    [Fact]
    public async Task A_project_reads_its_connection_string_through_configuration_and_answers_over_http()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Marker>(cancellationToken: Timeout);
        builder.Output = output.WriteLine;
        await using var app = await builder.BuildAsync(Timeout);
        await app.StartAsync(Timeout);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("probe", TimeSpan.FromSeconds(90), Timeout);

        using var client = app.CreateHttpClient("probe");
        var seen = await client.GetStringAsync(new Uri("/configuration/ConnectionStrings__probedb", UriKind.Relative), Timeout);

        Assert.Equal(await app.GetConnectionStringAsync("probedb"), seen);
    }
}
