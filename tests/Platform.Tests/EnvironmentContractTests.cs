using StPlatform.Contracts;

namespace StPlatform.Platform.Tests;

/// <summary>
/// What each child process really received (read from /proc), against the configuration contract in
/// ARCHITECTURE.md that keeps services hostable under .NET Aspire unchanged.
/// </summary>
[Collection(RunningPlatform.Name)]
public sealed class EnvironmentContractTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_service_receives_its_database_the_broker_its_url_its_telemetry_identity_and_where_to_export()
    {
        var env = ChildProcess.Environment(ProcessId(ResourceNames.Tasks));

        var database = env["ConnectionStrings__" + ResourceNames.TasksDb];
        Assert.Matches("^Host=127\\.0\\.0\\.1;Port=\\d+;Username=[^;]+;Password=[^;]+;Database=tasksdb$", database);
        Assert.Equal(database, await platform.App.GetConnectionStringAsync(ResourceNames.TasksDb));
        Assert.Matches("^amqp://[^:]+:[^@]+@127\\.0\\.0\\.1:\\d+$", env["ConnectionStrings__" + ResourceNames.Messaging]);
        Assert.Matches("^http://127\\.0\\.0\\.1:\\d+$", env["ASPNETCORE_URLS"]);
        Assert.Equal(ResourceNames.Tasks, env["OTEL_SERVICE_NAME"]);
        Assert.Matches("^service\\.instance\\.id=[0-9a-f-]{8,}", env["OTEL_RESOURCE_ATTRIBUTES"]);
        Assert.Equal("false", env["MASSTRANSIT_USAGE_TELEMETRY"]);
        Assert.Matches("^http://127\\.0\\.0\\.1:\\d+$", env["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.DoesNotContain(env.Keys, key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
            && key != "ConnectionStrings__" + ResourceNames.TasksDb && key != "ConnectionStrings__" + ResourceNames.Messaging);
    }

    [Fact]
    public void The_gateway_finds_each_service_through_service_discovery_entries()
    {
        var env = ChildProcess.Environment(ProcessId(ResourceNames.Gateway));

        foreach (var service in ServicePaths.Services)
        {
            var serviceUrls = ChildProcess.Environment(ProcessId(service))["ASPNETCORE_URLS"];
            Assert.Equal(serviceUrls, env[$"services__{service}__http__0"]);
        }
        Assert.False(env.Keys.Any(key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal)),
            "the gateway owns no database");
    }

    [Fact]
    public void Every_process_of_the_platform_listens_on_loopback_only()
    {
        var names = ServicePaths.Services.Append(ResourceNames.Gateway).Append(ResourceNames.Postgres).Append(ResourceNames.Messaging);
        foreach (var name in names)
        {
            var sockets = ListeningSockets.Of(ProcessId(name));
            Assert.NotEmpty(sockets);
            Assert.All(sockets, socket => Assert.True(socket.IsLoopback, $"{name} listens on {socket}"));
        }
    }

    private int ProcessId(string name) =>
        platform.App.ResourceNotifications.GetSnapshot(name).ProcessId ?? throw new InvalidOperationException($"{name} has no process id");
}
