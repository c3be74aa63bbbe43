using System.Globalization;
using System.Net;

namespace StPlatform.Platform.Tests;

/// <summary>The TCP sockets a process listens on, found through its file descriptors and /proc/net.</summary>
public sealed record ListeningSockets(IPAddress Address, int Port)
{
    public bool IsLoopback => IPAddress.IsLoopback(Address);

    public override string ToString() => $"{Address}:{Port}";

    public static IReadOnlyList<ListeningSockets> Of(int pid)
    {
        var inodes = Directory.EnumerateFiles($"/proc/{pid}/fd")
            .Select(fd => new FileInfo(fd).LinkTarget)
            .Where(target => target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
            .Select(target => target!["socket:[".Length..^1])
            .ToHashSet();
        return Table("/proc/net/tcp").Concat(Table("/proc/net/tcp6"))
            .Where(row => row.State == "0A" && inodes.Contains(row.Inode))
            .Select(row => row.Socket)
            .ToList();
    }

    private static IEnumerable<(string State, string Inode, ListeningSockets Socket)> Table(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Skip(1)
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(cols => (cols[3], cols[9], Parse(cols[1])))
            : [];

    private static ListeningSockets Parse(string hexAddress)
    {
        var parts = hexAddress.Split(':');
        var bytes = Convert.FromHexString(parts[0]);
        // /proc/net prints each 32-bit word of the address in host (little-endian) order.
        for (var word = 0; word < bytes.Length; word += 4)
        {
            Array.Reverse(bytes, word, 4);
        }
        return new ListeningSockets(new IPAddress(bytes), int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }
}
