using Microsoft.EntityFrameworkCore;

namespace StPlatform.ServiceDefaults.Http;

/// <summary>
/// A create request remembered by its <c>Idempotency-Key</c>: pending while it runs, then the
/// response it got, replayed to a client that sends the same request again (a retry after a
/// timeout, a double click).
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Caller { get; init; }

    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public int? StatusCode { get; init; }

    public string? ContentType { get; init; }

    public byte[]? Body { get; init; }

    public string? Location { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

public static class IdempotencyModel
{
    public const string Table = "idempotency_keys";

    /// <summary>How long a key is remembered; a retry later than this creates again.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public static ModelBuilder AddIdempotencyKeys(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable(Table);
            record.HasKey(r => new { r.Caller, r.Key });
            record.Property(r => r.Caller).HasColumnName("caller").HasMaxLength(100);
            record.Property(r => r.Key).HasColumnName("key").HasMaxLength(Idempotency.MaxKeyLength);
            record.Property(r => r.RequestHash).HasColumnName("request_hash").HasMaxLength(64);
            record.Property(r => r.StatusCode).HasColumnName("status_code");
            record.Property(r => r.ContentType).HasColumnName("content_type").HasMaxLength(200);
            record.Property(r => r.Body).HasColumnName("body");
            record.Property(r => r.Location).HasColumnName("location").HasMaxLength(2000);
            record.Property(r => r.CreatedAt).HasColumnName("created_at");
        });
        return modelBuilder;
    }
}
