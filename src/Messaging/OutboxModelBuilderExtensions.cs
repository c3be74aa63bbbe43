using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging.Inbox;
using StPlatform.Messaging.Outbox;

namespace StPlatform.Messaging;

public static class OutboxModelBuilderExtensions
{
    internal const string UnpublishedFilter = "published_at IS NULL";

    /// <summary>
    /// Adds <c>outbox_messages</c> and <c>inbox_messages</c> to a service's model, so that the
    /// service's own migrations create them and its transactions cover them.
    /// </summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).HasColumnName("sequence").UseIdentityAlwaysColumn();
            outbox.Property(m => m.MessageId).HasColumnName("message_id");
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.Property(m => m.Type).HasColumnName("type").HasMaxLength(500);
            outbox.Property(m => m.Body).HasColumnName("body").HasColumnType("jsonb");
            outbox.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            outbox.Property(m => m.CreatedAt).HasColumnName("created_at");
            outbox.Property(m => m.TraceParent).HasColumnName("trace_parent").HasMaxLength(128);
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
            outbox.Property(m => m.PublishedAt).HasColumnName("published_at");
            outbox.Property(m => m.ParkedAt).HasColumnName("parked_at");
            outbox.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(2000);
            // The relay and the depth gauge only ever look at unpublished rows.
            outbox.HasIndex(m => m.Sequence).HasFilter(UnpublishedFilter).HasDatabaseName("ix_outbox_messages_unpublished");
            outbox.HasIndex(m => m.PublishedAt).HasFilter("published_at IS NOT NULL");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.MessageId).HasColumnName("message_id");
            inbox.Property(m => m.Consumer).HasColumnName("consumer").HasMaxLength(200);
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at");
            inbox.HasIndex(m => m.ProcessedAt);
        });
        return modelBuilder;
    }
}
