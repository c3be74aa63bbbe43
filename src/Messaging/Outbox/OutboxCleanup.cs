using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging.Inbox;

namespace StPlatform.Messaging.Outbox;

/// <summary>Keeps both tables from growing without end; parked and pending rows are never deleted.</summary>
internal static class OutboxCleanup
{
    public static async Task DeleteExpiredAsync(DbContext db, MessagingOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outboxCutoff = now - options.OutboxRetention;
        await db.Set<OutboxMessage>()
            .Where(m => m.PublishedAt != null && m.PublishedAt < outboxCutoff)
            .ExecuteDeleteAsync(cancellationToken);

        var inboxCutoff = now - options.InboxRetention;
        await db.Set<InboxMessage>()
            .Where(m => m.ProcessedAt < inboxCutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
