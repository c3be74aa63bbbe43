using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace StPlatform.ServiceDefaults.Audit;

/// <summary>The audit table, the same in every service's database.</summary>
public static class AuditModel
{
    public const string Table = "audit_log";

    public static ModelBuilder AddAuditLog(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable(Table);
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).UseIdentityAlwaysColumn();
            entry.Property(e => e.UserId).HasMaxLength(100);
            entry.Property(e => e.UserName).HasMaxLength(256);
            entry.Property(e => e.UnitCode).HasMaxLength(20);
            entry.Property(e => e.Action).HasMaxLength(10);
            entry.Property(e => e.EntityType).HasMaxLength(100);
            entry.Property(e => e.EntityId).HasMaxLength(100);
            entry.Property(e => e.Before).HasColumnType("jsonb");
            entry.Property(e => e.After).HasColumnType("jsonb");
            entry.HasIndex(e => new { e.EntityType, e.EntityId });
            entry.HasIndex(e => e.OccurredAt);
        });
        return modelBuilder;
    }

    /// <summary>
    /// Makes the table append-only in the database itself, so that not even a bug (or a person with
    /// the service's credentials and psql) rewrites history unnoticed. Call from the migration that
    /// creates the table.
    /// </summary>
    public static void MakeAuditLogAppendOnly(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""
            CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only';
            END $$;
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {Table}
                FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
            """);
    }
}
