using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;

namespace StPlatform.Messaging.Outbox;

/// <summary>
/// Publishes the outbox: a round as soon as a commit announces rows (or every poll interval), at
/// once again while whole batches come back, and with a growing pause while the broker or the
/// database fails. All its state is in the table, so a restart simply carries on.
/// </summary>
internal sealed partial class OutboxRelay<TDbContext>(
    OutboxBatch<TDbContext> batch, IServiceScopeFactory scopes, OutboxSignal signal, RelayState state,
    MessagingOptions options, ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    /// <summary>PostgreSQL's undefined_table: the service's migration has not created the outbox yet.</summary>
    private const string UndefinedTable = "42P01";

    private static readonly TimeSpan DepthRefresh = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan CleanupInterval = TimeSpan.FromMinutes(10);

    private DateTimeOffset _depthRefreshedAt;
    private DateTimeOffset _cleanedAt = DateTimeOffset.UtcNow;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var outcome = await RunRoundAsync(stoppingToken);
            await MaintainAsync(stoppingToken);
            if (outcome == BatchOutcome.Failed)
            {
                failures++;
                await Task.Delay(Backoff.After(failures, options.MaxBackoff), stoppingToken);
                continue;
            }
            failures = 0;
            if (outcome == BatchOutcome.Drained)
            {
                await signal.WaitAsync(options.RelayPollInterval, stoppingToken);
            }
        }
    }

    private async Task<BatchOutcome> RunRoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            var outcome = await batch.PublishNextAsync(stoppingToken);
            state.DatabaseSucceeded();
            return outcome;
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The database is restarting or not yet migrated: nothing was marked, nothing is lost.
            state.DatabaseFailed(DateTimeOffset.UtcNow);
            LogFailure(ex, LogRoundFailed);
            return BatchOutcome.Failed;
        }
    }

    private async Task MaintainAsync(CancellationToken stoppingToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (now - _depthRefreshedAt < DepthRefresh && now - _cleanedAt < CleanupInterval)
        {
            return;
        }
        // Housekeeping every second: no span, or it would outnumber the traces operators look for.
        using var untraced = SuppressInstrumentationScope.Begin();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            if (now - _depthRefreshedAt >= DepthRefresh)
            {
                var depth = await ReadDepthAsync(db, stoppingToken);
                state.SetDepth(depth.Pending, depth.Parked, depth.OldestPendingAt);
                _depthRefreshedAt = now;
            }
            if (now - _cleanedAt >= CleanupInterval)
            {
                await OutboxCleanup.DeleteExpiredAsync(db, options, now, stoppingToken);
                _cleanedAt = now;
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailure(ex, LogMaintenanceFailed);
        }
    }

    /// <summary>
    /// Read by position, not mapped by EF: a service's naming convention (snake_case) would rename
    /// the columns EF expects and the gauge would never move.
    /// </summary>
    private static async Task<(long Pending, long Parked, DateTimeOffset? OldestPendingAt)> ReadDepthAsync(
        TDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = MessagingTables.Of(db).DepthSql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return (reader.GetInt64(0), reader.GetInt64(1),
                await reader.IsDBNullAsync(2, cancellationToken) ? null : reader.GetFieldValue<DateTimeOffset>(2));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>One short line while the migration runs, rather than a stack trace every round.</summary>
    private void LogFailure(Exception exception, Action<ILogger, Exception> log)
    {
        if (exception is DbException { SqlState: UndefinedTable })
        {
            LogNotMigrated(logger);
            return;
        }
        log(logger, exception);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox table not there yet: waiting for the migration")]
    private static partial void LogNotMigrated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay round failed; backing off")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox depth or clean-up query failed")]
    private static partial void LogMaintenanceFailed(ILogger logger, Exception exception);
}
