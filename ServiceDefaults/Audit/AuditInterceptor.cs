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
/// and an audit row never without its change. A context with an <see cref="AuditPolicy"/> has
/// only the records and fields its policy names written.
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
        var system = AuditActor.IsSystem;
        var now = clock.GetUtcNow();
        var policy = (context as IAuditedContext)?.AuditPolicy;
        // Materialized first: a policy's names may look records up, which the tracker then holds.
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var entries = changed
            .Select(e => policy is null ? Everything(e) : Allowed(e, policy))
            .OfType<Described>()
            .Select(d => new AuditEntry
            {
                OccurredAt = now,
                UserId = system ? AuditActor.SystemId : user.Id,
                UserName = system ? AuditActor.SystemName : user.Name,
                UnitCode = system ? null : user.UnitCode,
                Action = d.Action,
                EntityType = d.Kind,
                EntityId = d.Key,
                Before = d.Before,
                After = d.After,
            })
            .ToList();
        context.AddRange(entries);
    }

    private sealed record Described(string Action, string Kind, string Key, string? Before, string? After);

    private static Described Everything(EntityEntry e) => new(
        DefaultAction(e),
        e.Metadata.ClrType.Name,
        PrimaryKey(e),
        e.State == EntityState.Added ? null : Json(e, e.Properties.Select(p => p.Metadata.Name), null, original: true),
        e.State == EntityState.Deleted ? null : Json(e, e.Properties.Select(p => p.Metadata.Name), null, original: false));

    private static Described? Allowed(EntityEntry e, AuditPolicy policy)
    {
        if (policy.For(e.Metadata.ClrType) is not { } rule)
        {
            return null;
        }
        var fieldChanged = e.State != EntityState.Modified || rule.Fields.Any(f => AuditRule.Changed(e, f));
        if (rule.Action(e, fieldChanged ? DefaultAction(e) : null) is not { } action)
        {
            return null;
        }
        return new(
            action,
            rule.Kind,
            rule.Key?.Invoke(e) ?? PrimaryKey(e),
            e.State == EntityState.Added ? null : Json(e, rule.Fields, rule.Names?.Invoke(e, true), original: true),
            e.State == EntityState.Deleted ? null : Json(e, rule.Fields, rule.Names?.Invoke(e, false), original: false));
    }

    private static string DefaultAction(EntityEntry e) =>
        e.State switch { EntityState.Added => "created", EntityState.Deleted => "deleted", _ => "updated" };

    private static string PrimaryKey(EntityEntry e) =>
        string.Join(",", e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue));

    private static string Json(EntityEntry entry, IEnumerable<string> fields, IReadOnlyDictionary<string, object?>? names, bool original)
    {
        var values = fields.ToDictionary(f => f, f => original ? entry.Property(f).OriginalValue : entry.Property(f).CurrentValue);
        foreach (var (name, value) in names ?? new Dictionary<string, object?>())
        {
            values[name] = value;
        }
        return JsonSerializer.Serialize(values);
    }
}
