using StPlatform.Contracts;

namespace StPlatform.Gateway.Tests.Support;

/// <summary>
/// One gateway in front of four services: tasks and ip running, programmes and startups down.
/// Tests only read from it, so sharing it keeps them independent. The tasks cluster's activity
/// timeout is cut to two seconds so that the slow endpoint meets it quickly.
/// </summary>
public sealed class Platform : IAsyncLifetime
{
    public const string ActivityTimeout = "00:00:02";

    private Backend? _tasks;
    private Backend? _ip;
    private GatewayFactory? _gateway;

    public GatewayFactory Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    public HttpClient CreateClient() => Gateway.CreateClient();

    public async Task InitializeAsync()
    {
        _tasks = await Backend.StartAsync(ResourceNames.Tasks);
        _ip = await Backend.StartAsync(ResourceNames.IntellectualProperty);
        _gateway = new GatewayFactory(
            new Dictionary<string, Uri[]>
            {
                [ResourceNames.Tasks] = [_tasks.Address],
                [ResourceNames.IntellectualProperty] = [_ip.Address],
                [ResourceNames.Programmes] = [Backend.DeadAddress()],
                [ResourceNames.Startups] = [Backend.DeadAddress()],
            },
            new Dictionary<string, string?>
            {
                [$"ReverseProxy:Clusters:{ResourceNames.Tasks}:HttpRequest:ActivityTimeout"] = ActivityTimeout,
            });
        _gateway.StartServer();
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
        if (_tasks is not null)
        {
            await _tasks.DisposeAsync();
        }
        if (_ip is not null)
        {
            await _ip.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedPlatform : ICollectionFixture<Platform>
{
    public const string Name = "Gateway in front of two running and two stopped services";
}
