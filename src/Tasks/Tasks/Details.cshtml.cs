using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;

namespace StPlatform.Tasks.Tasks;

/// <summary>
/// A task with its history and reports, and the forms of whatever the caller may do next: report
/// for a period, report done, confirm, return, extend. Plain forms, POST-redirect-GET.
/// </summary>
[Authorize(Policy = PlatformPolicies.ReadTasks)]
public sealed class DetailsModel(TasksDbContext db, CurrentUser user, ReportingCalendar calendar, TimeProvider clock) : PageModel
{
    public TaskResponse Task { get; private set; } = null!;

    public uint Version { get; private set; }

    public List<HistoryResponse> History { get; private set; } = [];

    public List<ReportResponse> Reports { get; private set; } = [];

    public IReadOnlyList<CalendarPeriod> Periods { get; private set; } = [];

    public CalendarPeriod CurrentPeriod { get; private set; } = null!;

    public TaskActor Actor => TaskActor.From(user);

    public bool Leads { get; private set; }

    public bool Involved { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReportAsync(Guid id, [FromForm] string? period, [FromForm] string? content, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }
        var (outcome, errors) = await ReportSubmissions.SubmitAsync(db, calendar, task, Actor, new SubmitReportRequest(period, content), clock.GetUtcNow(), cancellationToken);
        if (outcome == ReportSubmissions.Outcome.Forbidden)
        {
            return Forbid();
        }
        if (outcome != ReportSubmissions.Outcome.Submitted)
        {
            ModelState.AddValidationErrors(errors);
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Message = "Đã gửi báo cáo. / Report submitted.";
        return Redirect($"/tasks/{id}");
    }

    public async Task<IActionResult> OnPostStepAsync(
        Guid id, [FromForm] string? step, [FromForm] uint version, [FromForm] string? evidence, [FromForm] string? reason,
        [FromForm] DateOnly? dueDate, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.VisibleTo(user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow();
        var result = task.Version != version
            ? TransitionResult.WrongState("Nhiệm vụ vừa được người khác cập nhật; xem lại rồi thao tác lại. / Someone changed the task meanwhile; review it and try again.")
            : step switch
            {
                "acknowledge" => task.Acknowledge(Actor, now),
                "start" => task.Start(Actor, now),
                "report-done" => task.ReportDone(Actor, evidence, now),
                "confirm" => task.Confirm(Actor, now),
                "return" => task.Return(Actor, reason, now),
                "extend" => task.Extend(Actor, dueDate, reason, now),
                _ => TransitionResult.Invalid("step", "Thao tác không hợp lệ. / Unknown step."),
            };
        if (result.Outcome == TransitionOutcome.Forbidden)
        {
            return Forbid();
        }
        if (result.Outcome != TransitionOutcome.Done)
        {
            ModelState.AddModelError(result.Field ?? "step", result.Message ?? string.Empty);
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        if (step == "confirm")
        {
            db.PublishLater(TaskEvents.Completed(task, now));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("step", "Nhiệm vụ vừa được người khác cập nhật. / Someone changed the task meanwhile.");
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        Message = "Đã cập nhật nhiệm vụ. / Task updated.";
        return Redirect($"/tasks/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return false;
        }
        var today = CityTime.Today(clock);
        Task = TaskResponse.From(task, today);
        Version = task.Version;
        Leads = Actor.Leads(task);
        Involved = task.Involves(user.UnitCode);
        History = await TaskHistoryApi.HistoryOfAsync(db, id, cancellationToken);
        Reports = await ReportSubmissions.OfTaskAsync(db, id, cancellationToken);
        var kind = task.Recurrence ?? ReportingCalendar.DefaultKind;
        Periods = [.. calendar.Periods(kind, today.Year - 1), .. calendar.Periods(kind, today.Year)];
        CurrentPeriod = calendar.Current(kind, today);
        return true;
    }
}
