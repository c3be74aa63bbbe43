using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StPlatform.Contracts;
using StPlatform.Messaging.Tests.Infrastructure;
using StPlatform.ServiceDefaults;

namespace StPlatform.Messaging.Tests.TestService;

/// <summary>Where one test's service lives: its own database, the shared broker, its own queues.</summary>
public sealed record ServiceSetup(string Database, string Messaging, string EndpointPrefix);

/// <summary>
/// A small service as the platform's services are built (service defaults, pooled DbContext,
/// <see cref="MessagingExtensions.AddMessaging{TDbContext}"/>), on real Kestrel at a loopback port:
/// POST /items records an item and its event in one transaction.
/// </summary>
public sealed class TestServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServiceHost(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public DeliveryLedger Ledger => _app.Services.GetRequiredService<DeliveryLedger>();

    /// <summary>
    /// Starts the service and, unless told not to, waits until <c>/health</c> says Healthy: the
    /// bus has connected and declared its queues (the bus starts in the background, so that a
    /// service never waits for the broker to start).
    /// </summary>
    public static async Task<TestServiceHost> StartAsync(
        ServiceSetup setup, bool consumes = true, Action<MessagingOptions>? configure = null, bool waitUntilHealthy = true)
    {
        var app = Build(setup, consumes, configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var host = new TestServiceHost(app, new Uri(address));
        if (waitUntilHealthy)
        {
            await Eventually.UntilAsync(host.HealthAsync, IsHealthy, TimeSpan.FromSeconds(60), "the service reports Healthy");
        }
        return host;
    }

    public async Task<string> HealthAsync()
    {
        using var response = await Client.GetAsync(new Uri("/health", UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// The overall status, not any check's: the body lists each check's status too, and PostgreSQL
    /// says Healthy long before the bus has declared its queues.
    /// </summary>
    private static bool IsHealthy(string health)
    {
        using var json = JsonDocument.Parse(health);
        return json.RootElement.GetProperty("status").GetString() == "Healthy";
    }

    public static WebApplication Build(ServiceSetup setup, bool consumes, Action<MessagingOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ApplicationName = typeof(TestServiceHost).Assembly.GetName().Name });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration[$"ConnectionStrings:{TestDbContext.ConnectionName}"] = setup.Database;
        builder.Configuration[$"ConnectionStrings:{ResourceNames.Messaging}"] = setup.Messaging;

        builder.AddServiceDefaults();
        builder.AddNpgsqlDbContext<TestDbContext>(TestDbContext.ConnectionName);
        builder.Services.AddSingleton<DeliveryLedger>();
        builder.AddMessaging<TestDbContext>(
            bus =>
            {
                if (consumes)
                {
                    bus.AddConsumer<ItemRecordedConsumer>();
                }
            },
            options =>
            {
                options.EndpointPrefix = setup.EndpointPrefix;
                options.PublishTimeout = TimeSpan.FromSeconds(3);
                options.MaxBackoff = TimeSpan.FromSeconds(1);
                configure?.Invoke(options);
            });
        builder.Services.AddConsumeObserver(sp => sp.GetRequiredService<DeliveryLedger>());
        builder.Services.AddReceiveObserver(sp => sp.GetRequiredService<DeliveryLedger>());

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapPost("/items", RecordItemAsync);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<Created<RecordedItem>> RecordItemAsync(NewItem item, TestDbContext db, CancellationToken cancellationToken)
    {
        var recorded = new ItemRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), item.Name);
        db.Items.Add(new Item { Id = recorded.ItemId, Name = item.Name });
        db.PublishLater(recorded);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/items/{recorded.ItemId}", new RecordedItem(recorded.ItemId, recorded.EventId));
    }
}

public sealed record NewItem(string Name);

public sealed record RecordedItem(Guid ItemId, Guid EventId);
