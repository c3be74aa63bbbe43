namespace StPlatform.ServiceDefaults.Audit;

/// <summary>
/// One change to one record: who (subject, name, unit), what (the record and the action), when,
/// and the record's values before and after, as JSON. Rows are only ever inserted.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public required string UserId { get; init; }

    public required string UserName { get; init; }

    public string? UnitCode { get; init; }

    /// <summary><c>created</c>, <c>updated</c> or <c>deleted</c>.</summary>
    public required string Action { get; init; }

    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
