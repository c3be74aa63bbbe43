using MassTransit;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts;
using StPlatform.Messaging.Inbox;

namespace StPlatform.Messaging.Bench;

/// <summary>Each side of the benchmark (publisher, consumer) is a service with a database of its own.</summary>
public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    public DbSet<Change> Changes => Set<Change>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Change>().ToTable("changes");
    }
}

/// <summary>The state change on the publishing side, or the effect on the consuming side.</summary>
public sealed class Change
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }
}

public sealed record SomethingChanged(Guid EventId, DateTimeOffset OccurredAt, Guid ChangeId) : IIntegrationEvent;

public sealed class SomethingChangedConsumer(BenchDbContext db) : InboxConsumer<SomethingChanged, BenchDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<SomethingChanged> context)
    {
        Db.Changes.Add(new Change { Id = context.Message.ChangeId, At = DateTimeOffset.UtcNow });
        return Task.CompletedTask;
    }
}
