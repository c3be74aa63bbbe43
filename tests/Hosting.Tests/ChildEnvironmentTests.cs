using StPlatform.Hosting.Testing;
using Xunit.Abstractions;

namespace StPlatform.Hosting.Tests;

public sealed class ChildEnvironmentTests(ITestOutputHelper output)
{
    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    [Fact]
    public async Task An_executable_receives_its_port_computed_values_and_the_OTLP_endpoint_the_AppHost_was_given()
    {
        var builder = DistributedApplicationTestingBuilder.Create("--OTLP_ENDPOINT_URL=http://127.0.0.1:4317");
        builder.Output = output.WriteLine;
        var web = builder.AddExecutable("web", "sleep", ".", "30").WithHttpEndpoint(env: "PORT");
        builder.AddExecutable("worker", "sleep", ".", "30")
            .WithEnvironment("WEB_PORT", () => web.Resource.GetEndpoints().Single().AllocatedPort!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("PLAIN", "giá trị");
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);

        var webRunning = await app.ResourceNotifications.WaitForResourceAsync("web", KnownResourceStates.Running, Timeout);
        var workerRunning = await app.ResourceNotifications.WaitForResourceAsync("worker", KnownResourceStates.Running, Timeout);

        var port = app.GetEndpoint("web").Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var webEnvironment = ProcessInspection.EnvironmentOf(webRunning.Snapshot.ProcessId!.Value);
        var workerEnvironment = ProcessInspection.EnvironmentOf(workerRunning.Snapshot.ProcessId!.Value);
        Assert.Equal(port, webEnvironment["PORT"]);
        Assert.Equal("http://127.0.0.1:4317", webEnvironment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("grpc", webEnvironment["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal(port, workerEnvironment["WEB_PORT"]);
        Assert.Equal("giá trị", workerEnvironment["PLAIN"]);
        Assert.NotEqual(webEnvironment["OTEL_RESOURCE_ATTRIBUTES"], workerEnvironment["OTEL_RESOURCE_ATTRIBUTES"]);
    }
}
