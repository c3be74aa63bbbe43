using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reminders;

namespace StPlatform.Tasks.Tasks;

/// <summary>"My tasks": the unit's unread reminders, then what it leads or coordinates, overdue first.</summary>
[Authorize(Policy = PlatformPolicies.ReadTasks)]
public sealed class MineModel(TasksDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    public PagedList<TaskResponse> Tasks { get; private set; } = null!;

    public List<ReminderView> Reminders { get; private set; } = [];

    public string? Unit => user.UnitCode;

    [TempData]
    public string? Message { get; set; }

    public bool Leads(TaskResponse task) => task is not null && (task.AllUnits || task.LeadUnitCodes.Contains(Unit ?? string.Empty));

    public async Task OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken)
    {
        Reminders = await ReminderView.UnreadFor(db, user.UnitCode).ToListAsync(cancellationToken);
        Tasks = await MyTasks.PageAsync(db, user.UnitCode, new PageRequest(page), CityTime.Today(clock), cancellationToken);
    }

    /// <summary>Marks one of the unit's reminders read, for the whole unit; another unit's is not found.</summary>
    public async Task<IActionResult> OnPostReadAsync([FromForm] long reminder, CancellationToken cancellationToken)
    {
        if (!await ReminderApi.MarkReadAsync(db, user, reminder, clock.GetUtcNow(), cancellationToken))
        {
            return NotFound();
        }
        Message = "Đã đánh dấu đã đọc. / Marked as read.";
        return RedirectToPage();
    }
}
