using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Contracts;
using StPlatform.Gateway.Tests.Support;
using Yarp.ReverseProxy;

namespace StPlatform.Gateway.Tests;

public sealed class ServiceDiscoveryTests
{
    [Fact]
    public async Task Each_discovered_instance_of_a_service_becomes_a_destination_of_its_cluster()
    {
        await using var first = await Backend.StartAsync(ResourceNames.Tasks, "first");
        await using var second = await Backend.StartAsync(ResourceNames.Tasks, "second");
        await using var gateway = new GatewayFactory(new Dictionary<string, Uri[]>
        {
            [ResourceNames.Tasks] = [first.Address, second.Address],
        });
        using var client = gateway.CreateClient();

        var proxy = gateway.Services.GetRequiredService<IProxyStateLookup>();
        Assert.True(proxy.TryGetCluster(ResourceNames.Tasks, out var cluster));
        var addresses = cluster.Destinations.Values.Select(d => new Uri(d.Model.Config.Address)).ToHashSet();
        Assert.Equal(new HashSet<Uri> { first.Address, second.Address }, addresses);

        var reached = new HashSet<string>();
        for (var i = 0; i < 40 && reached.Count < 2; i++)
        {
            var echo = await client.GetFromJsonAsync<Echo>("/api/tasks/x");
            reached.Add(echo!.Instance);
        }
        Assert.Equal(["first", "second"], reached.Order().ToArray());
    }
}
