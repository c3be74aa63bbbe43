using System.Text.Json.Serialization;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace StPlatform.Gateway.Landing;

[JsonConverter(typeof(JsonStringEnumConverter<ServiceState>))]
public enum ServiceState
{
    /// <summary>No health probe has answered yet.</summary>
    Unknown,
    Up,
    Down,
}

internal static class ServiceStates
{
    /// <summary>
    /// Read from YARP's own health state (active probes of <c>/health</c> every few seconds), so a
    /// visit to the landing page never sends traffic to the services. A service is up when any of
    /// its instances is; down when it has none or every one has failed its probes.
    /// </summary>
    public static ServiceState Of(IProxyStateLookup proxy, string clusterId)
    {
        if (!proxy.TryGetCluster(clusterId, out var cluster) || cluster.Destinations.IsEmpty)
        {
            return ServiceState.Down;
        }
        var health = cluster.Destinations.Values.Select(destination => destination.Health).ToList();
        if (health.Any(h => h.Active == DestinationHealth.Healthy))
        {
            return ServiceState.Up;
        }
        return health.All(h => h.Active == DestinationHealth.Unhealthy || h.Passive == DestinationHealth.Unhealthy)
            ? ServiceState.Down
            : ServiceState.Unknown;
    }
}
