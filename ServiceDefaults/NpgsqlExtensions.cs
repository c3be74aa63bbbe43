using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;
using StPlatform.ServiceDefaults.Audit;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// The equivalent of Aspire.Npgsql and Aspire.Npgsql.EntityFrameworkCore.PostgreSQL: an
/// <see cref="NpgsqlDataSource"/> from <c>ConnectionStrings:&lt;name&gt;</c>, the <c>PostgreSql</c>
/// health check and the <c>Npgsql</c> trace source (registered in <see cref="OpenTelemetryExtensions"/>).
/// </summary>
public static class NpgsqlExtensions
{
    public const string HealthCheckName = "PostgreSql";

    /// <summary>
    /// A service's pool unless its connection string says otherwise. Npgsql's own default is 100,
    /// which is also PostgreSQL's default <c>max_connections</c> for the whole server, shared by
    /// the four services' databases: four pools of 20 leave room for migrations and operators, and
    /// on 2 cores more than 20 sessions of one service would only queue inside PostgreSQL. Each
    /// consumer endpoint holds up to <c>MessagingOptions.ConcurrentMessageLimit</c> of them, the
    /// outbox relay one; beyond the pool, callers wait for a free connection up to its timeout.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;


    public static IHostApplicationBuilder AddNpgsqlDataSource(this IHostApplicationBuilder builder, string connectionName)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(WithPoolCap(connectionString)).Build());
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            HealthCheckName,
            sp => new PostgresHealthCheck(sp.GetRequiredService<NpgsqlDataSource>()),
            HealthStatus.Unhealthy,
            tags: null,
            timeout: TimeSpan.FromSeconds(5)));
        return builder;
    }

    /// <param name="configureOptions">
    /// Conventions of the context (snake_case names, say): pooled contexts may not set options in
    /// <c>OnConfiguring</c>, so they are given here, and to the design-time factory alike.
    /// </param>
    public static IHostApplicationBuilder AddNpgsqlDbContext<TContext>(
        this IHostApplicationBuilder builder, string connectionName, Action<DbContextOptionsBuilder>? configureOptions = null)
        where TContext : DbContext
    {
        builder.AddNpgsqlDataSource(connectionName);
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<AuditInterceptor>();
        builder.Services.AddDbContextPool<TContext>((sp, options) =>
        {
            options.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>());
            // Writes nothing unless the context's model has the audit table (AuditModel.AddAuditLog).
            options.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
            // Migrating would otherwise rebuild the last migration's model and diff it against this
            // one at every start (a tenth of a service's start-up work); each service's tests check
            // instead that no model change lacks its migration (tests/TestSupport/ModelMigrations.cs).
            options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
            configureOptions?.Invoke(options);
        });
        return builder;
    }

    /// <summary>The connection string with <see cref="DefaultMaxPoolSize"/> unless it sets a maximum itself.</summary>
    public static string WithPoolCap(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal) is var k
            && (k.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase) || k.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase))))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = DefaultMaxPoolSize }.ConnectionString;
    }

    private sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or OperationCanceledException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "PostgreSQL is unreachable.");
            }
        }
    }
}
