using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StPlatform.Dashboard.Otlp;
using StPlatform.Dashboard.Security;
using StPlatform.Dashboard.Telemetry;
using StPlatform.Hosting;

namespace StPlatform.Dashboard;

/// <summary>
/// The ops console: a Kestrel server inside the AppHost process, on loopback only. One port serves
/// the browser and OTLP/HTTP; a second, HTTP/2 cleartext, serves OTLP/gRPC.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private DashboardServer(WebApplication app, int port, int grpcPort)
    {
        _app = app;
        BrowserUrl = new Uri($"http://127.0.0.1:{port}");
        OtlpGrpcUrl = new Uri($"http://127.0.0.1:{grpcPort}");
    }

    public Uri BrowserUrl { get; }

    /// <summary>OTLP/HTTP base address: the exporter appends /v1/traces, /v1/logs, /v1/metrics.</summary>
    public Uri OtlpHttpUrl => BrowserUrl;

    public Uri OtlpGrpcUrl { get; }

    public string LoginToken => Session.LoginToken;

    /// <summary>The address the run command prints: opening it signs the browser in.</summary>
    public Uri LoginUrl => new(BrowserUrl, "/login?t=" + Uri.EscapeDataString(LoginToken));

    public TelemetryStore Telemetry => _app.Services.GetRequiredService<TelemetryStore>();

    private DashboardSession Session => _app.Services.GetRequiredService<DashboardSession>();

    public static async Task<DashboardServer> StartAsync(
        DashboardOptions options, DistributedApplication? application, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var port = options.Port != 0 ? options.Port : FreePort();
        var grpcPort = options.OtlpGrpcPort != 0 ? options.OtlpGrpcPort : FreePort();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DashboardServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes + 5L;
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, grpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new DashboardSession(options.LoginToken));
        builder.Services.AddSingleton<TelemetryStore>();
        builder.Services.AddSingleton(new PlatformView(application));
        builder.Services.AddSingleton<Queues.QueueBrowser>();
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddDashboardAuthorization();
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/", DashboardAuthorization.OperatorPolicy);
            pages.Conventions.AllowAnonymousToPage("/Login");
        });

        var app = builder.Build();
        app.UseDashboardHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOtlpHttp();
        app.MapOtlpGrpc();
        app.MapDashboardAssets();
        app.MapDashboardApi();
        app.MapRazorPages();
        await app.StartAsync(cancellationToken);
        return new DashboardServer(app, port, grpcPort);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
