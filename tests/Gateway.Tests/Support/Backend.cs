using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StPlatform.Gateway.Tests.Support;

/// <summary>What a backend saw of a forwarded request.</summary>
public sealed record Echo(string Instance, string Path, string Query, Dictionary<string, string> Headers);

/// <summary>
/// A real service stand-in: Kestrel on a free loopback port, answering <c>/health</c>, echoing
/// every other request, and offering a slow endpoint and a validation problem under its API.
/// </summary>
public sealed class Backend : IAsyncDisposable
{
    public const string ProblemBody =
        """{"type":"https://stplatform.example/problems/validation","title":"Dữ liệu không hợp lệ / Invalid data","status":400,"errors":{"deadline":["Hạn chót phải sau ngày giao / The deadline must follow the assignment date"]},"traceId":"00-backend-trace-01"}""";

    private readonly WebApplication _app;

    private Backend(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<Backend> StartAsync(string service, string instance = "a")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();

        app.MapGet("/health", () => "Healthy");
        app.MapGet($"/api/{service}/slow", async (CancellationToken aborted) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), aborted);
            return "too late";
        });
        app.MapPost($"/api/{service}/invalid", () =>
            Results.Text(ProblemBody, "application/problem+json", statusCode: StatusCodes.Status400BadRequest));
        app.Map("{**path}", (HttpRequest request) => TypedResults.Json(new Echo(
            instance,
            request.Path.Value ?? "",
            request.QueryString.Value ?? "",
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase))));

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Backend(app, new Uri(address));
    }

    /// <summary>A loopback address where nothing listens: a service that is down.</summary>
    public static Uri DeadAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}
