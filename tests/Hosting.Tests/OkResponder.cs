using System.Net;
using System.Net.Sockets;
using System.Text;

namespace StPlatform.Hosting.Tests;

/// <summary>
/// Answers every HTTP request on a loopback port with an empty 200, until disposed.
/// </summary>
/// <remarks>
/// Not <see cref="HttpListener"/>: on Linux its Start throws when a client (here, the health
/// checker polling the port) connects while it starts (dotnet/corefx#35191).
/// </remarks>
internal sealed class OkResponder : IAsyncDisposable
{
    private static readonly byte[] Response =
        Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

    private readonly TcpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    private OkResponder(int port)
    {
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        accepting = AcceptAsync(stopping.Token);
    }

    public static OkResponder Start(int port) => new(port);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = AnswerAsync(client, cancellationToken);
        }
    }

    private static async Task AnswerAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                await ReadHeadersAsync(stream, cancellationToken);
                await stream.WriteAsync(Response, cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException)
            {
                // The client left or the responder is stopping: nothing to answer.
            }
        }
    }

    private static async Task ReadHeadersAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var seen = new StringBuilder();
        while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return;
            }
            seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
    }
}
