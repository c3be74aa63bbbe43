using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StPlatform.Contracts;

namespace StPlatform.Gateway.Tests.Support;

/// <summary>The real gateway, configured as the AppHost would, with quick health probes.</summary>
public sealed class GatewayFactory(IReadOnlyDictionary<string, Uri[]> services, IReadOnlyDictionary<string, string?>? overrides = null)
    : WebApplicationFactory<Program>
{
    public static readonly string[] Clusters =
        [ResourceNames.Programmes, ResourceNames.Tasks, ResourceNames.IntellectualProperty, ResourceNames.Startups];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (service, addresses) in services)
        {
            for (var i = 0; i < addresses.Length; i++)
            {
                settings[$"services:{service}:http:{i}"] = addresses[i].ToString();
            }
        }
        foreach (var cluster in Clusters)
        {
            settings[$"ReverseProxy:Clusters:{cluster}:HealthCheck:Active:Interval"] = "00:00:01";
        }
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.UseEnvironment(Environments.Production);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
