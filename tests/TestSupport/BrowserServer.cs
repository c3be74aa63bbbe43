using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace StPlatform.TestSupport;

/// <summary>A service under test served by Kestrel on a real loopback port, for a browser to open.</summary>
public static class BrowserServer
{
    /// <summary>
    /// Starts <paramref name="factory"/> on a port the kernel picks and returns its address, named
    /// <c>localhost</c> (the host the service's cookies are issued for).
    /// </summary>
    /// <remarks>
    /// Not <c>UseKestrel(0)</c>: on a factory made by <c>WithWebHostBuilder</c> it falls back to
    /// Kestrel's default, port 5000, and two test projects running side by side then collide.
    /// </remarks>
    public static Uri StartOnLoopback<TProgram>(this WebApplicationFactory<TProgram> factory) where TProgram : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new UriBuilder(address) { Host = "localhost" }.Uri;
    }
}
