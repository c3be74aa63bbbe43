using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace StPlatform.ServiceDefaults.Audit;

/// <summary>
/// A context whose records hold secrets (identity: password hashes, security stamps, tokens)
/// names, through its policy, the records its audit trail covers and the fields it may copy. A
/// context without one has every record audited with every field, as the services' are.
/// </summary>
public interface IAuditedContext
{
    AuditPolicy AuditPolicy { get; }
}

/// <summary>An allow-list: records of types it has no rule for, and fields a rule does not name, are never written.</summary>
public sealed class AuditPolicy
{
    private readonly Dictionary<Type, AuditRule> _rules = [];

    public AuditPolicy Record<TEntity>(AuditRule rule) where TEntity : class
    {
        _rules[typeof(TEntity)] = rule;
        return this;
    }

    internal AuditRule? For(Type type) => _rules.GetValueOrDefault(type);
}

/// <param name="Kind">What the trail calls the record (<c>Unit</c>, <c>User</c>).</param>
/// <param name="Fields">The only properties copied into before and after.</param>
public sealed record AuditRule(string Kind, params IReadOnlyList<string> Fields)
{
    /// <summary>
    /// The action to record, given the entry and the default one (<c>created</c>, <c>updated</c>
    /// when a listed field changed, <c>deleted</c>; null when no listed field changed). Null records nothing.
    /// </summary>
    public Func<EntityEntry, string?, string?> Action { get; init; } = (_, action) => action;

    /// <summary>The record's key as the trail shows it; the primary key when not given.</summary>
    public Func<EntityEntry, string>? Key { get; init; }

    /// <summary>
    /// Safe values the record does not hold but a reader needs, such as the names behind its ids;
    /// asked once for before (<c>true</c>: the values as read) and once for after.
    /// </summary>
    public Func<EntityEntry, bool, IReadOnlyDictionary<string, object?>>? Names { get; init; }

    /// <summary>True when <paramref name="property"/> has a value other than the one it was read with.</summary>
    public static bool Changed(EntityEntry entry, string property)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var value = entry.Property(property);
        return !Equals(value.OriginalValue, value.CurrentValue);
    }
}
