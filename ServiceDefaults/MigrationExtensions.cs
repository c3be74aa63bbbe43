using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// Applies a context's committed migrations in the background, retrying until the database is
/// reachable, so a service started before PostgreSQL does not crash-loop; readiness stays
/// unhealthy until the schema is current (and, when given, the seed that follows it has run).
/// </summary>
public static partial class MigrationExtensions
{
    /// <param name="seed">
    /// Run after the migration, in the same scope, retried with it: reference data that must exist
    /// before the service is ready (the city's units, roles). It must be safe to run twice.
    /// </param>
    public static IServiceCollection AddMigration<TContext>(
        this IServiceCollection services, Func<IServiceProvider, CancellationToken, Task>? seed = null) where TContext : DbContext
    {
        var state = new MigrationState { Seed = seed };
        services.AddSingleton(state);
        services.AddHostedService<MigrationService<TContext>>();
        services.AddHealthChecks().AddCheck($"migrations:{typeof(TContext).Name}", () => state.Applied
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Database schema is not yet migrated."));
        return services;
    }

    /// <summary>
    /// How long one migration command may run. A migration may build an index over every row of a
    /// large table (the IP register's number grams: about a minute at a million assets); cut off at
    /// the usual 30 s, it was rolled back and retried for ever, and the service never became ready.
    /// </summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(30);

    internal sealed class MigrationState
    {
        public volatile bool Applied;
        public Func<IServiceProvider, CancellationToken, Task>? Seed { get; init; }
    }

    private sealed partial class MigrationService<TContext>(
        IServiceScopeFactory scopes, MigrationState state, ILogger<MigrationService<TContext>> logger) : BackgroundService
        where TContext : DbContext
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var delay = TimeSpan.FromMilliseconds(250);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
                    database.SetCommandTimeout(CommandTimeout);
                    await database.MigrateAsync(stoppingToken);
                    if (state.Seed is not null)
                    {
                        await state.Seed(scope.ServiceProvider, stoppingToken);
                    }
                    state.Applied = true;
                    LogApplied(logger, typeof(TContext).Name);
                    return;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogRetry(logger, ex, typeof(TContext).Name, delay.TotalSeconds);
                    await Task.Delay(delay, stoppingToken);
                    delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
                }
            }
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Migrations applied for {Context}")]
        private static partial void LogApplied(ILogger logger, string context);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Migrating {Context} failed; retrying in {Seconds} s")]
        private static partial void LogRetry(ILogger logger, Exception exception, string context, double seconds);
    }
}
