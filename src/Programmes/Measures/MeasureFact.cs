namespace StPlatform.Programmes.Measures;

/// <summary>
/// One fact received from another service, kept as it came: the event, the record it is about
/// (an IP asset, an organisation, a task), what happened and when. Indicator values and plan
/// progress are computed from these rows, whatever order they arrived in, and list them as provenance.
/// </summary>
public sealed class MeasureFact
{
    public const int ReferenceMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EventId { get; init; }

    public FactKind Kind { get; init; }

    /// <summary>The asset, organisation or task the fact is about.</summary>
    public Guid SubjectId { get; init; }

    /// <summary>What a reader recognises it by: a grant or certificate number, a tax code, a task title.</summary>
    public string? Reference { get; init; }

    public DateOnly OccurredOn { get; init; }

    public Guid? PlanId { get; init; }

    /// <summary>A completed task: on time or late.</summary>
    public bool? OnTime { get; init; }
}

public enum FactKind
{
    PatentGranted,
    PatentLapsed,
    IpCommercialised,
    EnterpriseCertified,
    EnterpriseRevoked,
    StartupSupported,
    TaskAssigned,
    TaskCompleted,
    TaskOverdue,
}
