using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Tasks.Tasks;

public static class TaskQueries
{
    /// <summary>
    /// The tasks the caller may read: their unit's, as lead or coordinating unit, and those given to
    /// every unit; every task for the DOST's office and managers and the city's leadership.
    /// </summary>
    public static IQueryable<TaskItem> VisibleTo(this IQueryable<TaskItem> tasks, CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.SeesEveryUnit ? tasks : tasks.Involving(user.UnitCode);
    }

    /// <summary>
    /// The tasks a unit leads or coordinates, "every unit" tasks included. Written as array overlap
    /// (<c>&amp;&amp;</c>), which the GIN indexes serve, rather than <c>Contains</c> (<c>= ANY</c>), which scans every row.
    /// </summary>
    public static IQueryable<TaskItem> Involving(this IQueryable<TaskItem> tasks, string? unit)
    {
        if (unit is null)
        {
            return tasks.Where(_ => false);
        }
        string[] units = [unit];
        return tasks.Where(t => t.AllUnits || t.LeadUnitCodes.Any(c => units.Contains(c)) || t.CoordinatingUnitCodes.Any(c => units.Contains(c)));
    }

    /// <summary>The reading order of the full list: most recently assigned first.</summary>
    public static Task<PagedList<TaskResponse>> ToNewestFirstPageAsync(
        this IQueryable<TaskItem> tasks, PageRequest page, DateOnly today, CancellationToken cancellationToken) =>
        tasks
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(TaskResponse.FromTask(today))
            .ToPagedListAsync(page, cancellationToken);
}
