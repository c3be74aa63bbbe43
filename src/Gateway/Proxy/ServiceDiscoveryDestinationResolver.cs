using System.Net;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace StPlatform.Gateway.Proxy;

/// <summary>
/// Turns a configured destination such as <c>http://tasks</c> into one destination per endpoint that
/// service discovery knows for <c>tasks</c>, keeping the configured path. The package that does this
/// upstream (Microsoft.Extensions.ServiceDiscovery.Yarp) is not in the feed these machines reach.
/// </summary>
internal sealed class ServiceDiscoveryDestinationResolver(ServiceEndpointResolver resolver) : IDestinationResolver
{
    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, DestinationConfig>(StringComparer.OrdinalIgnoreCase);
        var changeTokens = new List<IChangeToken>();
        foreach (var (destinationId, destination) in destinations)
        {
            var configured = new Uri(destination.Address);
            var source = await resolver.GetEndpointsAsync(configured.GetLeftPart(UriPartial.Authority), cancellationToken);
            changeTokens.Add(source.ChangeToken);
            foreach (var endpoint in source.Endpoints)
            {
                var origin = OriginOf(endpoint.EndPoint, configured.Scheme);
                resolved[$"{destinationId}[{origin.Authority}]"] = destination with
                {
                    Address = Rebase(destination.Address, origin),
                    Health = string.IsNullOrEmpty(destination.Health) ? destination.Health : Rebase(destination.Health, origin),
                };
            }
        }
        return new ResolvedDestinationCollection(resolved, new CompositeChangeToken(changeTokens));
    }

    private static Uri OriginOf(EndPoint endPoint, string scheme) => endPoint switch
    {
        UriEndPoint uri => uri.Uri,
        IPEndPoint ip => new UriBuilder(scheme, ip.Address.ToString(), ip.Port).Uri,
        DnsEndPoint dns => new UriBuilder(scheme, dns.Host, dns.Port > 0 ? dns.Port : -1).Uri,
        _ => throw new InvalidOperationException($"Service discovery returned an end point of unsupported type {endPoint.GetType().Name}."),
    };

    private static string Rebase(string address, Uri origin) => new UriBuilder(address)
    {
        Scheme = origin.Scheme,
        Host = origin.Host,
        Port = origin.IsDefaultPort ? -1 : origin.Port,
    }.Uri.ToString();
}
