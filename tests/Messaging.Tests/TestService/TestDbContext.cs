using Microsoft.EntityFrameworkCore;

namespace StPlatform.Messaging.Tests.TestService;

/// <summary>The "service" of these tests: items it records, effects of the events it consumes.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "messagingtestdb";

    public DbSet<Item> Items => Set<Item>();

    public DbSet<Effect> Effects => Set<Effect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<Item>(item =>
        {
            item.ToTable("items");
            item.Property(i => i.Name).HasMaxLength(200);
        });
        // No unique key on the event id: a duplicated effect must be countable, not prevented.
        modelBuilder.Entity<Effect>(effect =>
        {
            effect.ToTable("effects");
            effect.HasIndex(e => e.EventId);
        });
    }
}

public sealed class Item
{
    public Guid Id { get; set; }

    public required string Name { get; set; }
}

public sealed class Effect
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}
