using Microsoft.EntityFrameworkCore;
using StPlatform.Tasks.Data;

namespace StPlatform.Tasks.Tasks;

/// <summary>
/// Keeps <c>task_units</c> equal to what the tasks being saved say, inside the same SaveChanges
/// (so the same transaction): whichever path changed a task (a lifecycle step, an extension, a plan
/// amendment), its rows follow.
/// </summary>
public static class TaskUnitRows
{
    /// <summary>The rows a task should have: one per unit involved, leading wins over coordinating.</summary>
    public static IEnumerable<TaskUnit> Expected(TaskItem task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var closed = !task.IsOpen;
        if (task.AllUnits)
        {
            // Every unit is involved already; coordinating rows would list the task twice.
            return [Row(task, TaskUnit.EveryUnit, true, closed)];
        }
        var leads = task.LeadUnitCodes.Distinct(StringComparer.Ordinal);
        var coordinates = task.CoordinatingUnitCodes.Distinct(StringComparer.Ordinal).Where(c => !task.LeadUnitCodes.Contains(c));
        return leads.Select(code => Row(task, code, true, closed))
            .Concat(coordinates.Select(code => Row(task, code, false, closed)));
    }

    public static async Task SyncAsync(TasksDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = db.ChangeTracker.Entries<TaskItem>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity).ToList();
        if (changed.Count == 0)
        {
            return;
        }
        var ids = changed.Where(t => db.Entry(t).State == EntityState.Modified).Select(t => t.Id).ToList();
        if (ids.Count > 0)
        {
            await db.TaskUnits.Where(u => ids.Contains(u.TaskId)).LoadAsync(cancellationToken);
        }
        // Local also holds rows added by an earlier attempt of this SaveChanges (a retried concurrency conflict).
        var current = db.TaskUnits.Local.ToLookup(u => u.TaskId);
        foreach (var task in changed)
        {
            var expected = Expected(task).ToDictionary(u => u.UnitCode, StringComparer.Ordinal);
            foreach (var row in current[task.Id])
            {
                if (expected.Remove(row.UnitCode, out var wanted))
                {
                    row.Leads = wanted.Leads;
                    row.Closed = wanted.Closed;
                    row.DueDate = wanted.DueDate;
                }
                else
                {
                    db.TaskUnits.Remove(row);
                }
            }
            db.TaskUnits.AddRange(expected.Values);
        }
    }

    private static TaskUnit Row(TaskItem task, string code, bool leads, bool closed) =>
        new() { TaskId = task.Id, UnitCode = code, Leads = leads, Closed = closed, DueDate = task.DueDate };
}
