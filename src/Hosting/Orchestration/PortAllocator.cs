using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace StPlatform.Hosting.Orchestration;

internal static class PortAllocator
{
    // Two applications in one test process must not be handed the same port between its release and its use.
    private static readonly ConcurrentDictionary<int, byte> s_handedOut = new();

    /// <summary>A free loopback port, as the kernel picks it for a bind to port 0.</summary>
    public static int Allocate()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (s_handedOut.TryAdd(port, 0))
            {
                return port;
            }
        }
        throw new InvalidOperationException("No free loopback port could be allocated.");
    }
}
