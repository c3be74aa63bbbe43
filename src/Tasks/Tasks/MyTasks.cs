using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;
using StPlatform.Tasks.Data;

namespace StPlatform.Tasks.Tasks;

/// <summary>
/// "My tasks": what the unit leads or coordinates, "every unit" tasks included; overdue first, then
/// open ones by nearest deadline, closed ones last. Among open tasks "overdue first, then by deadline"
/// is simply "by deadline, none last" (every overdue deadline is before every other), and the same
/// holds among closed ones, so the order needs no date: (closed, due date, id descending), which
/// <c>task_units</c> keeps indexed per unit. The page is the first rows of the unit's range and of
/// the "every unit" range, merged.
/// </summary>
public static class MyTasks
{
    public static async Task<PagedList<TaskResponse>> PageAsync(
        TasksDbContext db, string? unit, PageRequest page, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(page);
        if (unit is null)
        {
            return new PagedList<TaskResponse>([], page.Number, page.Size, 0);
        }
        var total = await db.TaskUnits.CountAsync(u => u.UnitCode == unit || u.UnitCode == TaskUnit.EveryUnit, cancellationToken);
        var offset = (page.Number - 1) * page.Size;
        var onPage = Ordered(Range(db, unit, offset + page.Size).Concat(Range(db, TaskUnit.EveryUnit, offset + page.Size)))
            .Skip(offset).Take(page.Size).Select(u => u.TaskId);
        var items = await db.Tasks.AsNoTracking().Where(t => onPage.Contains(t.Id))
            .OrderBy(t => t.State == TaskState.Completed || t.State == TaskState.Cancelled)
            .ThenBy(t => t.DueDate)
            .ThenByDescending(t => t.Id)
            .Select(TaskResponse.FromTask(today))
            .ToListAsync(cancellationToken);
        return new PagedList<TaskResponse>(items, page.Number, page.Size, total);
    }

    private static IQueryable<TaskUnit> Range(TasksDbContext db, string unit, int count) =>
        Ordered(db.TaskUnits.Where(u => u.UnitCode == unit)).Take(count);

    private static IOrderedQueryable<TaskUnit> Ordered(IQueryable<TaskUnit> rows) =>
        rows.OrderBy(u => u.Closed).ThenBy(u => u.DueDate).ThenByDescending(u => u.TaskId);
}
