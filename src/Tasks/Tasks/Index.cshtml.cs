using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;

namespace StPlatform.Tasks.Tasks;

[Authorize(Policy = PlatformPolicies.ReadTasks)]
public sealed class IndexModel(TasksDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public PagedList<TaskResponse> Tasks { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken) =>
        Tasks = await db.Tasks.VisibleTo(user).ToNewestFirstPageAsync(new PageRequest(page), CityTime.Today(clock), cancellationToken);
}
