using System.Net.Http.Json;
using StPlatform.Gateway.Landing;

namespace StPlatform.Gateway.Tests.Support;

internal static class GatewayStatusReader
{
    public static async Task<Dictionary<string, ServiceState>> ReadAsync(HttpClient client)
    {
        var status = await client.GetFromJsonAsync<GatewayStatus>(LandingPage.StatusPath);
        return status!.Services.ToDictionary(s => s.Name, s => s.State);
    }

    /// <summary>Waits (bounded) until the health probes have settled on <paramref name="expected"/>.</summary>
    public static Task<Dictionary<string, ServiceState>> WaitForAsync(HttpClient client, IReadOnlyDictionary<string, ServiceState> expected) =>
        Eventually.WaitAsync(
            () => ReadAsync(client),
            states => expected.All(e => states.GetValueOrDefault(e.Key) == e.Value),
            TimeSpan.FromSeconds(20));
}
