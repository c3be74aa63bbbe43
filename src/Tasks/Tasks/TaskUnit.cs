namespace StPlatform.Tasks.Tasks;

/// <summary>
/// One unit's entry for a task it leads or coordinates (<see cref="EveryUnit"/> for a task given to
/// every unit), with the task's order key copied beside it, so "my tasks" reads a unit's first page
/// from one index instead of sorting every task of the unit. Derived from <see cref="TaskItem"/>
/// and rewritten with it in the same SaveChanges (<see cref="TaskUnitRows"/>); never edited alone.
/// </summary>
public sealed class TaskUnit
{
    /// <summary>Stands for "every department and district" in <see cref="UnitCode"/>.</summary>
    public const string EveryUnit = "*";

    public Guid TaskId { get; init; }

    public required string UnitCode { get; init; }

    /// <summary>The unit is accountable for the task (chủ trì), not only coordinating.</summary>
    public bool Leads { get; set; }

    /// <summary>Completed or cancelled: closed tasks come after every open one.</summary>
    public bool Closed { get; set; }

    public DateOnly? DueDate { get; set; }
}
