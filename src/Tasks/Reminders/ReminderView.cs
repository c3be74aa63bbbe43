using StPlatform.ServiceDefaults;
using StPlatform.Tasks.Data;

namespace StPlatform.Tasks.Reminders;

/// <summary>A reminder as "my tasks" shows it, worded Vietnamese first.</summary>
public sealed record ReminderView(long Id, ReminderKind Kind, Guid TaskId, string TaskTitle, DateOnly DueDate, int DaysLeft, string? PeriodLabel)
{
    public const int Shown = 50;

    public string Heading => Kind switch
    {
        ReminderKind.Overdue => "Quá hạn / Overdue",
        ReminderKind.ReportDue => $"Sắp đến hạn báo cáo {PeriodLabel} / Report due soon",
        _ => "Sắp đến hạn / Due soon",
    };

    public string Detail => Kind switch
    {
        ReminderKind.Overdue => $"hạn {Display.Date(DueDate)} / Was due {Display.Date(DueDate)}",
        _ => $"còn {DaysLeft} ngày (hạn {Display.Date(DueDate)}) / Due in {DaysLeft} days ({Display.Date(DueDate)})",
    };

    /// <summary>A unit's unread reminders: overdue first, then by nearest due date.</summary>
    public static IQueryable<ReminderView> UnreadFor(TasksDbContext db, string? unit)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (from r in db.Reminders
                join t in db.Tasks on r.TaskId equals t.Id
                where unit != null && r.UnitCode == unit && r.ReadAt == null
                orderby r.Kind != ReminderKind.Overdue, r.DueDate, r.Id
                select new ReminderView(r.Id, r.Kind, t.Id, t.Title, r.DueDate, r.DaysLeft, r.PeriodLabel))
            .Take(Shown);
    }
}
