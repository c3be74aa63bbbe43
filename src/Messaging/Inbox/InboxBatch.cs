using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using StPlatform.Contracts;

namespace StPlatform.Messaging.Inbox;

/// <summary>
/// One shared transaction: the inbox rows of every message first (in one statement, in key order, so
/// two transactions holding copies of the same events wait for each other rather than deadlock),
/// then each new message's handler and its <c>SaveChanges</c> in arrival order, then one commit.
/// </summary>
internal static class InboxBatch
{
    /// <returns>The leader's own outcome; the others learn theirs through their turn.</returns>
    public static async Task<InboxOutcome> ApplyAsync<TEvent, TDbContext>(
        InboxEntry<TEvent, TDbContext> leader, List<InboxEntry<TEvent, TDbContext>> batch)
        where TEvent : class, IIntegrationEvent
        where TDbContext : DbContext
    {
        Result<TEvent, TDbContext> result;
        try
        {
            result = await RunAsync(leader, batch);
        }
        catch (Exception ex)
        {
            // Not one message's fault (the connection, the inbox statement, the commit): each goes
            // alone, with its own retries.
            result = new(null, null, ex);
        }

        var mine = InboxOutcome.Alone;
        foreach (var entry in batch)
        {
            var outcome = result.Outcomes?.GetValueOrDefault(entry) ?? InboxOutcome.Alone;
            if (entry == result.Culprit)
            {
                if (entry == leader)
                {
                    mine = outcome;
                    continue;
                }
                entry.Turn.TrySetException(result.Failure!);
            }
            else if (entry == leader)
            {
                mine = outcome;
            }
            else
            {
                entry.Turn.TrySetResult(outcome);
            }
        }
        if (result.Culprit == leader)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(result.Failure!);
        }
        return mine;
    }

    private static async Task<Result<TEvent, TDbContext>> RunAsync<TEvent, TDbContext>(
        InboxEntry<TEvent, TDbContext> leader, List<InboxEntry<TEvent, TDbContext>> batch)
        where TEvent : class, IIntegrationEvent
        where TDbContext : DbContext
    {
        var db = leader.Consumer.OwnDb;
        var cancellationToken = leader.Context.CancellationToken;
        db.ChangeTracker.Clear();
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fresh = await RecordAsync(db, transaction, leader.Consumer.InboxKey,
            batch.Select(e => e.Context.Message.EventId).ToArray(), cancellationToken);

        var outcomes = new Dictionary<InboxEntry<TEvent, TDbContext>, InboxOutcome>();
        foreach (var entry in batch)
        {
            // A second copy of an event in the same batch finds its id taken by the first.
            if (!fresh.Remove(entry.Context.Message.EventId))
            {
                outcomes[entry] = InboxOutcome.Duplicate;
                continue;
            }
            var caller = Activity.Current;
            Activity.Current = entry.Activity;
            try
            {
                await entry.Consumer.ApplyInAsync(db, entry.Context);
            }
            catch (Exception ex)
            {
                // Rolled back when the transaction is disposed; the ones before it go again alone.
                return new(null, entry, ex);
            }
            finally
            {
                Activity.Current = caller;
            }
            outcomes[entry] = InboxOutcome.Applied;
        }
        await transaction.CommitAsync(cancellationToken);
        return new(outcomes, null, null);
    }

    /// <returns>The ids this transaction recorded: the others were applied before (or by a copy now).</returns>
    private static async Task<HashSet<Guid>> RecordAsync(
        DbContext db, IDbContextTransaction transaction, string consumer, Guid[] eventIds, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = MessagingTables.Of(db).RecordInboxBatchSql;
        command.Parameters.Add(Parameter(command, "ids", eventIds));
        command.Parameters.Add(Parameter(command, "consumer", consumer));
        var recorded = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            recorded.Add(reader.GetGuid(0));
        }
        return recorded;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
    }

    private sealed record Result<TEvent, TDbContext>(
        Dictionary<InboxEntry<TEvent, TDbContext>, InboxOutcome>? Outcomes, InboxEntry<TEvent, TDbContext>? Culprit, Exception? Failure)
        where TEvent : class, IIntegrationEvent
        where TDbContext : DbContext;
}
