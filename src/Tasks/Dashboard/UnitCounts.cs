namespace StPlatform.Tasks.Dashboard;

/// <summary>
/// How many tasks a lead unit (<c>*</c> for "every unit") has due on one day, cancelled ones left
/// out: the unit dashboard sums these instead of counting 200,000 tasks. Kept by a trigger on
/// <c>tasks</c> in the same transaction as every change (migration <c>UnitCounts</c>), whatever
/// path made it; read-only here. Overdue is derived on reading: the <see cref="Open"/> of the
/// days before today, so the count moves when the day changes without any write.
/// </summary>
public sealed class UnitDayCount
{
    /// <summary>Stands for "no deadline" in <see cref="DueDate"/>: after every period, never overdue.</summary>
    public static readonly DateOnly NoDueDate = DateOnly.MaxValue;

    public required string UnitCode { get; init; }

    public DateOnly DueDate { get; init; }

    public int Total { get; init; }

    public int Completed { get; init; }

    /// <summary>Completed no later than the due date (or without one).</summary>
    public int OnTime { get; init; }

    /// <summary>Not completed (and not cancelled).</summary>
    public int Open { get; init; }
}

/// <summary>A unit's progress reports for one period, and how many of them came on time; kept like <see cref="UnitDayCount"/>.</summary>
public sealed class UnitPeriodReportCount
{
    public required string UnitCode { get; init; }

    public required string PeriodKey { get; init; }

    public int Total { get; init; }

    public int OnTime { get; init; }
}
