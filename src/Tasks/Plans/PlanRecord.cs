namespace StPlatform.Tasks.Plans;

/// <summary>
/// What this service knows of a plan: enough to name it on dashboards, and the last amendment
/// applied, so an older or repeated amendment arriving late changes nothing.
/// </summary>
public sealed class PlanRecord
{
    public Guid PlanId { get; init; }

    public required string Number { get; set; }

    public required string Title { get; set; }

    public int LastAmendmentNumber { get; set; }

    public DateTimeOffset IssuedAt { get; set; }
}
