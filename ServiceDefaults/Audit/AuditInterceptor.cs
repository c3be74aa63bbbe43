using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.ServiceDefaults.Audit;

/// <summary>
/// Adds an <see cref="AuditEntry"/> for every record a save creates, changes or deletes, to the
/// same save: EF Core commits them in one transaction, so a change is never without its audit row
/// and an audit row never without its change.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor accessor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null || context.Model.FindEntityType(typeof(AuditEntry)) is null)
        {
            return;
        }
        var user = new CurrentUser(accessor);
        var now = clock.GetUtcNow();
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new AuditEntry
            {
                OccurredAt = now,
                UserId = user.Id,
                UserName = user.Name,
                UnitCode = user.UnitCode,
                Action = e.State switch { EntityState.Added => "created", EntityState.Deleted => "deleted", _ => "updated" },
                EntityType = e.Metadata.ClrType.Name,
                EntityId = string.Join(",", e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue)),
                Before = e.State == EntityState.Added ? null : Json(e, original: true),
                After = e.State == EntityState.Deleted ? null : Json(e, original: false),
            })
            .ToList();
        context.AddRange(entries);
    }

    private static string Json(EntityEntry entry, bool original) => JsonSerializer.Serialize(
        entry.Properties.ToDictionary(p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue));
}
