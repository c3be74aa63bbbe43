using StPlatform.Gateway.Proxy;
using StPlatform.Gateway.Security;
using StPlatform.Gateway.Session;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace StPlatform.Gateway;

public static class GatewayExtensions
{
    /// <summary>The configuration section holding YARP's routes and clusters.</summary>
    public const string ReverseProxySection = "ReverseProxy";

    /// <summary>
    /// YARP with routes and clusters from configuration, each cluster's <c>http://&lt;service&gt;</c>
    /// destination resolved through service discovery (<c>services:&lt;name&gt;:http:0</c>).
    /// </summary>
    public static TBuilder AddGateway<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddServiceDiscovery();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection(ReverseProxySection))
            .AddTransforms(SpoofableHeaders.Strip)
            .AddTransforms(AccessTokenForwarding.Apply);
        builder.Services.AddSingleton<IDestinationResolver, ServiceDiscoveryDestinationResolver>();
        builder.AddGatewaySession();
        builder.AddGatewayRateLimits();
        return builder;
    }
}
