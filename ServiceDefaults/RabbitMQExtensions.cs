using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// The equivalent of Aspire.RabbitMQ.Client: a connection from <c>ConnectionStrings:&lt;name&gt;</c>
/// (<c>amqp://user:pass@host:port</c>) and the <c>RabbitMQ.Client</c> health check. The broker being
/// down makes a service degraded, not dead: writes go on and events wait in the outbox.
/// </summary>
public static class RabbitMQExtensions
{
    public const string HealthCheckName = "RabbitMQ.Client";

    public static IHostApplicationBuilder AddRabbitMQClient(this IHostApplicationBuilder builder, string connectionName)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        builder.Services.AddSingleton(new RabbitMQConnectionProvider(new ConnectionFactory
        {
            Uri = new Uri(connectionString),
            ClientProvidedName = builder.Environment.ApplicationName,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            AutomaticRecoveryEnabled = true,
        }));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            HealthCheckName,
            sp => new RabbitMQHealthCheck(sp.GetRequiredService<RabbitMQConnectionProvider>()),
            HealthStatus.Degraded,
            tags: null,
            timeout: TimeSpan.FromSeconds(5)));
        return builder;
    }

    private sealed class RabbitMQHealthCheck(RabbitMQConnectionProvider provider) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var connection = await provider.GetConnectionAsync(cancellationToken);
                return connection.IsOpen
                    ? HealthCheckResult.Healthy()
                    : new HealthCheckResult(context.Registration.FailureStatus, "RabbitMQ connection is recovering.");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "RabbitMQ is unreachable.");
            }
        }
    }
}
