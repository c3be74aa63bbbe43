using StPlatform.Contracts.Programmes;
using StPlatform.ServiceDefaults.Text;

namespace StPlatform.Tasks.Tasks;

/// <summary>
/// A task handed to the city's units: usually one lead unit accountable for it (đơn vị chủ trì;
/// occasionally two jointly, or every department and district), any number of coordinating units
/// (đơn vị phối hợp), and either a deadline or a recurrence. Whether it is on time or overdue is
/// derived (<see cref="TaskStanding"/>), never stored. Named TaskItem so that it never competes with <see cref="Task"/>.
/// </summary>
public sealed partial class TaskItem
{
    public const int TitleMaxLength = 500;
    public const int TextMaxLength = 2000;
    public const int UnitCodeMaxLength = 20;
    public const int MaxCoordinatingUnits = 50;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The plan it came from; null for a leader's directive.</summary>
    public Guid? PlanId { get; init; }

    /// <summary>Its id in the plan's annex, stable across amendments.</summary>
    public string? AnnexId { get; init; }

    public required string Title { get; set; }

    public string? PlanSection { get; set; }

    /// <summary>Empty exactly when <see cref="AllUnits"/>: the plan names "every department and district".</summary>
    public List<string> LeadUnitCodes { get; set; } = [];

    public bool AllUnits { get; set; }

    public List<string> CoordinatingUnitCodes { get; set; } = [];

    public string? ExpectedProduct { get; set; }

    /// <summary>Null for an ongoing task (<see cref="Recurrence"/> set) or one without a deadline.</summary>
    public DeadlineKind? DeadlineKind { get; set; }

    /// <summary>The last day that still counts as on time, extensions included.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>The deadline as the plan words it ("Quý II/2025"), for display.</summary>
    public string? DeadlineLabel { get; set; }

    public ReportingPeriod? Recurrence { get; set; }

    public TaskState State { get; set; } = TaskState.Assigned;

    /// <summary>Nhiệm vụ bổ khuyết: added to a plan mid-period.</summary>
    public bool Supplementary { get; set; }

    /// <summary>The day (in the city) the lead unit reported it done, with its evidence.</summary>
    public DateOnly? ReportedDoneOn { get; set; }

    public string? Evidence { get; set; }

    /// <summary>The day the task office confirmed it; against <see cref="DueDate"/> it is on time or late.</summary>
    public DateOnly? CompletedOn { get; set; }

    /// <summary>Set once <c>TaskBecameOverdue</c> has been published, so it is published once.</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public uint Version { get; set; }

    /// <summary>
    /// Title, section and product folded for diacritic-free search ("ha tang so" finds "hạ tầng số").
    /// Computed from the fields it folds, so it can never be stale; the setter exists for EF only.
    /// </summary>
    public string SearchText
    {
        get => VietnameseText.FoldAll(Title, PlanSection, ExpectedProduct);
        private set { }
    }

    public List<TaskHistoryEntry> History { get; init; } = [];

    public bool IsLedBy(string? unitCode) => unitCode is not null && (AllUnits || LeadUnitCodes.Contains(unitCode));

    public bool Involves(string? unitCode) => IsLedBy(unitCode) || (unitCode is not null && CoordinatingUnitCodes.Contains(unitCode));
}
