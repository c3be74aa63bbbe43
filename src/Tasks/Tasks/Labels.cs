using StPlatform.ServiceDefaults;

namespace StPlatform.Tasks.Tasks;

/// <summary>How tasks read on the pages, Vietnamese first.</summary>
public static class Labels
{
    public const string AllUnits = "Các sở, ngành, quận, huyện / Every department and district";

    public static string Leads(TaskResponse task) =>
        task is null ? string.Empty : task.AllUnits ? AllUnits : string.Join(", ", task.LeadUnitCodes);

    public static string Deadline(TaskResponse task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Deadline is not { } due)
        {
            return task.Recurrence is null ? "Không có thời hạn / None" : "Thường xuyên / Ongoing";
        }
        var date = Display.Date(due);
        return task.DeadlineLabel is { } label && label != date ? $"{label} ({date})" : date;
    }

    public static string Standing(TaskStanding standing) => standing switch
    {
        TaskStanding.OpenOverdue => "Quá hạn / Overdue",
        TaskStanding.CompletedOnTime => "Hoàn thành đúng hạn / Completed on time",
        TaskStanding.CompletedLate => "Hoàn thành quá hạn / Completed late",
        TaskStanding.Cancelled => "Đã hủy / Cancelled",
        _ => "Đang thực hiện trong hạn / Open within deadline",
    };

    public static string State(TaskState state) => state switch
    {
        TaskState.Assigned => "Đã giao / Assigned",
        TaskState.Acknowledged => "Đã tiếp nhận / Acknowledged",
        TaskState.InProgress => "Đang thực hiện / In progress",
        TaskState.ReportedDone => "Đã báo cáo hoàn thành / Reported done",
        TaskState.Completed => "Đã xác nhận hoàn thành / Confirmed complete",
        _ => "Đã hủy / Cancelled",
    };

    public static string Action(TaskAction action) => action switch
    {
        TaskAction.Assigned => "Giao nhiệm vụ / Assigned",
        TaskAction.Acknowledged => "Tiếp nhận nhiệm vụ / Acknowledged",
        TaskAction.Started => "Bắt đầu thực hiện / Started",
        TaskAction.ReportedDone => "Báo cáo hoàn thành / Reported done",
        TaskAction.Confirmed => "Xác nhận hoàn thành / Confirmed complete",
        TaskAction.Returned => "Trả lại, yêu cầu bổ sung / Returned",
        TaskAction.Extended => "Gia hạn / Extended",
        TaskAction.Changed => "Điều chỉnh nhiệm vụ / Changed",
        _ => "Hủy nhiệm vụ / Cancelled",
    };
}
