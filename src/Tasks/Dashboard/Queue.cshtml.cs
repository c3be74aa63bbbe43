using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Dashboard;

/// <summary>The tasks units reported done, waiting for the task office, oldest report first.</summary>
[Authorize(Policy = PlatformPolicies.AssignTasks)]
public sealed class QueueModel(TasksDbContext db, TimeProvider clock) : PageModel
{
    public List<TaskResponse> Waiting { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Waiting = await db.Tasks.AsNoTracking().Where(t => t.State == TaskState.ReportedDone)
            .OrderBy(t => t.ReportedDoneOn).ThenBy(t => t.Id).Take(PageRequest.MaxPageSize)
            .Select(TaskResponse.FromTask(CityTime.Today(clock)))
            .ToListAsync(cancellationToken);
}
