namespace StPlatform.Messaging;

/// <summary>The parts of <c>amqp://user:pass@host:port[/vhost]</c> MassTransit's host configuration takes.</summary>
internal sealed record BrokerAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    private const ushort DefaultPort = 5672;

    public static BrokerAddress Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException("The messaging connection string must look like amqp://user:pass@host:port.");
        }
        var credentials = uri.UserInfo.Split(':', 2);
        var virtualHost = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        return new BrokerAddress(
            uri.Host,
            uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : (ushort)uri.Port,
            virtualHost.Length == 0 ? "/" : virtualHost,
            Uri.UnescapeDataString(credentials[0]),
            credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "");
    }
}
