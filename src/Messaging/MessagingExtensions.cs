using System.ComponentModel.DataAnnotations;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using StPlatform.Contracts;
using StPlatform.Messaging.Inbox;
using StPlatform.Messaging.Outbox;
using StPlatform.Messaging.Redrive;

namespace StPlatform.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ from <c>ConnectionStrings:messaging</c>, with publisher confirms,
    /// durable queues declared at start-up, short in-memory retries then <c>_error</c>; the outbox
    /// relay of <typeparamref name="TDbContext"/>; the <c>messaging-outbox</c> health check; and
    /// the <c>StPlatform.Messaging</c> meter. Add consumers in <paramref name="configureBus"/>.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureBus = null,
        Action<MessagingOptions>? configure = null)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.Messaging)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ResourceNames.Messaging} is not configured.");
        var broker = BrokerAddress.Parse(connectionString);
        var options = new MessagingOptions { EndpointPrefix = DefaultPrefix(builder.Environment.ApplicationName) };
        configure?.Invoke(options);

        // MassTransit reads this before the bus exists; DisableUsageTelemetry below covers the rest.
        Environment.SetEnvironmentVariable("MASSTRANSIT_USAGE_TELEMETRY", "false");

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<RelayState>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<InboxGroups>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.AddSingleton(sp => new MessagingMetrics(
            sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), sp.GetRequiredService<RelayState>()));
        services.ConfigureDbContext<TDbContext>(
            (sp, db) => db.AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>()), ServiceLifetime.Singleton);
        services.AddSingleton<OutboxBatch<TDbContext>>();
        services.AddSingleton<IMessageRedrive>(sp => new MessageRedrive<TDbContext>(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<OutboxSignal>(), broker));
        if (options.RelayEnabled)
        {
            services.AddHostedService<OutboxRelay<TDbContext>>();
        }
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>(OutboxHealthCheck.Name, HealthStatus.Degraded);
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(MessagingMetrics.MeterName));

        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.EndpointPrefix, false));
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "masstransit";
                // Caps the bus check at Degraded: a broker outage must not take the service out of rotation.
                health.MinimalFailureStatus = HealthStatus.Degraded;
            });
            bus.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseMessageRetry(retry =>
            {
                retry.Intervals([.. options.RetryIntervals]);
                retry.Ignore<ValidationException>();
            }));
            configureBus?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, builder.Environment.ApplicationName, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    host.PublisherConfirmation = true;
                    host.RequestedConnectionTimeout(TimeSpan.FromSeconds(5));
                    host.Heartbeat(TimeSpan.FromSeconds(10));
                });
                rabbit.PrefetchCount = options.PrefetchCount;
                rabbit.ConcurrentMessageLimit = options.ConcurrentMessageLimit;
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>"StPlatform.Tasks" becomes "tasks": queues named after the service that owns them.</summary>
    private static string DefaultPrefix(string applicationName) =>
        applicationName[(applicationName.LastIndexOf('.') + 1)..].ToLowerInvariant();
}
