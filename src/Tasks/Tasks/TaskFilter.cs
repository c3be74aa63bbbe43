using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Text;
using StPlatform.Tasks.Reports;

namespace StPlatform.Tasks.Tasks;

/// <summary>
/// The list's filters, all optional: a plan, a unit (leading or coordinating), a derived status
/// (<c>openOverdue</c>, <c>completedOnTime</c> ...), a period whose end the deadline falls in
/// ("2025-H1", "2025-Y"), and words of the title, section or product, with or without diacritics.
/// </summary>
public sealed record TaskFilter(
    [FromQuery(Name = "plan")] Guid? Plan = null,
    [FromQuery(Name = "unit")] string? Unit = null,
    [FromQuery(Name = "status")] string? Status = null,
    [FromQuery(Name = "period")] string? Period = null,
    [FromQuery(Name = "q")] string? Q = null)
{
    public IQueryable<TaskItem> Apply(IQueryable<TaskItem> tasks, ReportingCalendar calendar, DateOnly today, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(errors);
        if (Plan is { } plan)
        {
            tasks = tasks.Where(t => t.PlanId == plan);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            tasks = tasks.Where(t => EF.Functions.ILike(t.SearchText, VietnameseText.LikePattern(Q)));
        }
        if (!string.IsNullOrWhiteSpace(Unit))
        {
            tasks = tasks.Involving(Unit.Trim());
        }
        if (!string.IsNullOrWhiteSpace(Status))
        {
            tasks = tasks.Where(TaskStandings.Is(errors.Choice<TaskStanding>("status", Status), today));
        }
        if (!string.IsNullOrWhiteSpace(Period))
        {
            if (calendar.Find(ReportingCalendar.DefaultKind, Period.Trim()) is { } period)
            {
                tasks = tasks.Where(t => t.DueDate >= period.Start && t.DueDate <= period.End);
            }
            else
            {
                errors.Add("period", "Kỳ báo cáo không có trong lịch, ví dụ 2025-H1, 2025-Y. / Unknown period; e.g. 2025-H1, 2025-Y.");
            }
        }
        return tasks;
    }
}
