using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Tasks;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Reports;

/// <summary>
/// A report for one period: the lead unit's report (one per task and period, announced with
/// <c>ProgressReportSubmitted</c>), or a coordinating unit's contribution to it. Shared by the API and the form.
/// </summary>
public static class ReportSubmissions
{
    public enum Outcome { Submitted, Forbidden, Invalid, Duplicate }

    public static async Task<(Outcome Outcome, ValidationErrors Errors)> SubmitAsync(
        TasksDbContext db, ReportingCalendar calendar, TaskItem task, TaskActor actor, SubmitReportRequest request,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var leads = actor.Leads(task);
        if (!leads && !task.Involves(actor.UnitCode))
        {
            return (Outcome.Forbidden, errors);
        }
        var today = TaskItem.CityDate(now);
        var kind = task.Recurrence ?? ReportingCalendar.DefaultKind;
        var period = string.IsNullOrWhiteSpace(request.Period) ? calendar.Current(kind, today) : calendar.Find(kind, request.Period.Trim());
        if (period is null)
        {
            errors.Add("period", "Kỳ báo cáo không có trong lịch báo cáo của thành phố. / No such period in the city's reporting calendar.");
        }
        var content = errors.Text("content", request.Content, ProgressReport.ContentMaxLength);
        if (!errors.IsValid || period is null)
        {
            return (Outcome.Invalid, errors);
        }
        var unit = actor.UnitCode ?? task.LeadUnitCodes.FirstOrDefault() ?? "SKHCN";
        if (leads)
        {
            var report = new ProgressReport
            {
                TaskId = task.Id, PeriodKey = period.Key, PeriodLabel = period.Label, DueDate = period.DueDate, UnitCode = unit,
                Content = content, SubmittedBy = actor.UserId, SubmittedAt = now, SubmittedOn = today,
            };
            db.ProgressReports.Add(report);
            db.PublishLater(new ProgressReportSubmitted(Guid.CreateVersion7(), now, report.Id, task.Id, task.PlanId, unit,
                period.Label, period.DueDate, report.OnTime));
        }
        else
        {
            db.ReportContributions.Add(new ReportContribution
            {
                TaskId = task.Id, PeriodKey = period.Key, UnitCode = unit, Content = content, SubmittedBy = actor.UserId, SubmittedAt = now,
            });
        }
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            errors.Add("period", $"Đơn vị đã gửi báo cáo kỳ {period.Label}. / This unit already reported for {period.Label}.");
            return (Outcome.Duplicate, errors);
        }
        return (Outcome.Submitted, errors);
    }

    public static async Task<List<ReportResponse>> OfTaskAsync(TasksDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.TaskId == taskId).OrderBy(r => r.PeriodKey).ToListAsync(cancellationToken);
        var contributions = await db.ReportContributions.AsNoTracking().Where(c => c.TaskId == taskId).OrderBy(c => c.SubmittedAt).ToListAsync(cancellationToken);
        return [.. reports.Select(r => new ReportResponse(r.Id, r.PeriodKey, r.PeriodLabel, r.DueDate, r.UnitCode, r.Content, r.SubmittedAt, r.OnTime,
            [.. contributions.Where(c => c.PeriodKey == r.PeriodKey).Select(c => new ContributionResponse(c.UnitCode, c.Content, c.SubmittedAt))]))];
    }
}
