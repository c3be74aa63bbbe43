using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging.Inbox;
using StPlatform.Messaging.Outbox;

namespace StPlatform.Messaging;

/// <summary>
/// The quoted, schema-qualified names of the two tables as the service's model maps them, for the
/// few statements EF Core cannot express (<c>FOR UPDATE SKIP LOCKED</c>, <c>ON CONFLICT</c>).
/// </summary>
internal sealed record MessagingTables(string Outbox, string Inbox)
{
    public string SelectPendingSql(int batchSize) =>
        $"SELECT sequence, message_id, type, body, trace_parent, attempts FROM {Outbox} WHERE published_at IS NULL AND parked_at IS NULL "
        + $"AND (next_attempt_at IS NULL OR next_attempt_at <= now()) ORDER BY sequence LIMIT {batchSize} FOR UPDATE SKIP LOCKED";

    /// <summary>
    /// Marks rows published. Its commit need not wait for the disk: lost in a crash, the rows are
    /// simply published again with the same message ids, which the consumers' inbox absorbs.
    /// </summary>
    public string MarkPublishedSql =>
        "SET LOCAL synchronous_commit TO OFF; "
        + $"UPDATE {Outbox} SET published_at = @now, attempts = attempts + 1 WHERE sequence = ANY(@sequences)";

    public string DepthSql =>
        "SELECT count(*) FILTER (WHERE parked_at IS NULL) AS \"Pending\", count(*) FILTER (WHERE parked_at IS NOT NULL) AS \"Parked\", "
        + $"min(created_at) FILTER (WHERE parked_at IS NULL) AS \"OldestPendingAt\" FROM {Outbox} WHERE published_at IS NULL";

    public string RecordInboxSql =>
        $"INSERT INTO {Inbox} (message_id, consumer, processed_at) VALUES ({{0}}, {{1}}, now()) ON CONFLICT DO NOTHING";

    /// <summary>
    /// Records several ids at once, in key order; returns those it recorded (ON CONFLICT waits for a
    /// concurrent transaction holding the same id, then skips it).
    /// </summary>
    public string RecordInboxBatchSql =>
        $"INSERT INTO {Inbox} (message_id, consumer, processed_at) SELECT DISTINCT id, @consumer, now() FROM unnest(@ids) AS id "
        + "ORDER BY id ON CONFLICT DO NOTHING RETURNING message_id";

    private static readonly ConcurrentDictionary<Type, MessagingTables> Cache = new();

    public static MessagingTables Of(DbContext db) => Cache.GetOrAdd(db.GetType(), _ =>
        new(QuotedName(db, typeof(OutboxMessage)), QuotedName(db, typeof(InboxMessage))));

    private static string QuotedName(DbContext db, Type entity)
    {
        var type = db.Model.FindEntityType(entity)
            ?? throw new InvalidOperationException(
                $"{db.GetType().Name} has no {entity.Name}: call modelBuilder.AddOutboxAndInbox() in OnModelCreating.");
        var table = $"\"{type.GetTableName()}\"";
        return type.GetSchema() is { } schema ? $"\"{schema}\".{table}" : table;
    }
}
