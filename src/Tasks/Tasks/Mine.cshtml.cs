using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;

namespace StPlatform.Tasks.Tasks;

/// <summary>"My tasks": what the officer's unit leads or coordinates, overdue first.</summary>
[Authorize(Policy = PlatformPolicies.ReadTasks)]
public sealed class MineModel(TasksDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public PagedList<TaskResponse> Tasks { get; private set; } = null!;

    public string? Unit => user.UnitCode;

    public bool Leads(TaskResponse task) => task is not null && (task.AllUnits || task.LeadUnitCodes.Contains(Unit ?? string.Empty));

    public async Task OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken) =>
        Tasks = await db.Tasks.Involving(user.UnitCode).ToOverdueFirstPageAsync(new PageRequest(page), CityTime.Today(clock), cancellationToken);
}
