using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace StPlatform.Hosting.Orchestration;

/// <summary>
/// Loopback ports for the children. A port is handed out some seconds before its child binds it, so
/// two things must not take it in between:
/// <list type="bullet">
/// <item>an outgoing connection of any process: ports come from below the kernel's ephemeral range
/// (<c>ip_local_port_range</c>), which outgoing connections never use;</item>
/// <item>another AppHost or test run on the machine (test projects run side by side): each port is
/// reserved by a lock on a file named after it, held while this process lives and released by the
/// kernel when it ends, however it ends.</item>
/// </list>
/// </summary>
internal static class PortAllocator
{
    private const int LowestPort = 20000;
    private const int Attempts = 500;

    private static readonly string s_reservations = Path.Combine(Path.GetTempPath(), "stplatform-ports");
    private static readonly ConcurrentDictionary<int, Stream> s_reserved = new();
    private static readonly int s_highestPort = EphemeralRangeStart() - 1;

    /// <summary>A loopback port that is free now and reserved for this process.</summary>
    public static int Allocate()
    {
        if (s_highestPort <= LowestPort)
        {
            return AllocateFromKernel();
        }
        CreateReservationFolder();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var port = Random.Shared.Next(LowestPort, s_highestPort + 1);
            if (s_reserved.ContainsKey(port) || TryReserve(port) is not { } reservation)
            {
                continue;
            }
            if (IsFree(port) && s_reserved.TryAdd(port, reservation))
            {
                return port;
            }
            reservation.Dispose();
        }
        throw new InvalidOperationException($"No free loopback port could be reserved between {LowestPort} and {s_highestPort}.");
    }

    /// <summary>Shared by every user's runs, like /tmp itself: anyone may add a file, only its owner remove it.</summary>
    private static void CreateReservationFolder()
    {
        if (Directory.Exists(s_reservations))
        {
            return;
        }
        Directory.CreateDirectory(s_reservations);
        UnixFiles.SetMode(s_reservations, UnixFileMode.StickyBit
            | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
    }

    /// <summary>The port file locked for this process, or null while another process holds it.</summary>
    private static FileStream? TryReserve(int port)
    {
        try
        {
            // FileShare.None takes flock(LOCK_EX | LOCK_NB): it fails while another open holds it.
            return new FileStream(Path.Combine(s_reservations, port.ToString(CultureInfo.InvariantCulture)),
                FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int AllocateFromKernel()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            if (s_reserved.TryAdd(port, FileStream.Null))
            {
                return port;
            }
        }
        throw new InvalidOperationException("No free loopback port could be allocated.");
    }

    private static int EphemeralRangeStart()
    {
        const int LinuxDefault = 32768;
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range")
                .Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return LinuxDefault;
        }
    }
}
