using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenTelemetry;

namespace StPlatform.Messaging.Outbox;

/// <summary>What the relay needs of a pending row to publish it, or to record why it could not.</summary>
internal sealed record PendingRow(long Sequence, Guid MessageId, string Type, string Body, string? TraceParent, int Attempts);

/// <summary>
/// The relay's two statements of every round, sent straight through the context's connection: read
/// by position rather than materialised by EF Core (the relay runs hundreds of rounds a second under
/// load, a few rows each). They trace no span: a poll every second and a select and update per round
/// would bury the requests' traces; the publishes, which carry the events' traces, still do.
/// </summary>
internal static class OutboxRows
{
    public static async Task<List<PendingRow>> LockNextAsync(DbContext db, IDbContextTransaction transaction, int batchSize, CancellationToken cancellationToken)
    {
        using var untraced = SuppressInstrumentationScope.Begin();
        await using var command = Command(db, transaction, MessagingTables.Of(db).SelectPendingSql(batchSize));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<PendingRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PendingRow(
                reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(5)));
        }
        return rows;
    }

    public static async Task MarkPublishedAsync(
        DbContext db, IDbContextTransaction transaction, IReadOnlyCollection<PendingRow> published, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (published.Count == 0)
        {
            return;
        }
        using var untraced = SuppressInstrumentationScope.Begin();
        await using var command = Command(db, transaction, MessagingTables.Of(db).MarkPublishedSql);
        AddParameter(command, "now", now);
        AddParameter(command, "sequences", published.Select(r => r.Sequence).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task CommitAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        using var untraced = SuppressInstrumentationScope.Begin();
        await transaction.CommitAsync(cancellationToken);
    }

    private static DbCommand Command(DbContext db, IDbContextTransaction transaction, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
