using StPlatform.ServiceDefaults;

namespace StPlatform.Tasks.Tasks;

/// <summary>
/// The lifecycle: assigned → acknowledged → in progress → reported done (by the lead unit, with
/// evidence) → confirmed by the DOST task office, or returned with a reason. Each step is recorded
/// in <see cref="History"/>.
/// </summary>
public sealed partial class TaskItem
{
    private const string LeadOnly = "Chỉ đơn vị chủ trì thực hiện được thao tác này. / Only the lead unit may do this.";
    private const string OfficeOnly = "Chỉ Văn phòng theo dõi nhiệm vụ của Sở KH&CN thực hiện được thao tác này. / Only the DOST task office may do this.";

    public bool IsOpen => State is not (TaskState.Completed or TaskState.Cancelled);

    public TransitionResult Acknowledge(TaskActor actor, DateTimeOffset now) =>
        LeadStep(actor, now, TaskAction.Acknowledged, TaskState.Acknowledged, null, TaskState.Assigned);

    public TransitionResult Start(TaskActor actor, DateTimeOffset now) =>
        LeadStep(actor, now, TaskAction.Started, TaskState.InProgress, null, TaskState.Assigned, TaskState.Acknowledged);

    /// <remarks>Who may act is checked before what was sent, as in every step: a unit that may not report is refused (403) whatever its body.</remarks>
    public TransitionResult ReportDone(TaskActor actor, string? evidence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Leads(this))
        {
            return TransitionResult.Forbidden(LeadOnly);
        }
        if (string.IsNullOrWhiteSpace(evidence) || evidence.Length > TextMaxLength)
        {
            return TransitionResult.Invalid("evidence", $"Cần nêu sản phẩm, kết quả làm minh chứng (tối đa {TextMaxLength} ký tự). / Evidence is required (at most {TextMaxLength} characters).");
        }
        var result = Step(actor, now, TaskAction.ReportedDone, TaskState.ReportedDone, evidence,
            [TaskState.Assigned, TaskState.Acknowledged, TaskState.InProgress]);
        if (result.Outcome == TransitionOutcome.Done)
        {
            Evidence = evidence;
            ReportedDoneOn = CityDate(now);
        }
        return result;
    }

    public TransitionResult Confirm(TaskActor actor, DateTimeOffset now)
    {
        var result = OfficeStep(actor, now, TaskAction.Confirmed, TaskState.Completed, null, TaskState.ReportedDone);
        if (result.Outcome == TransitionOutcome.Done)
        {
            CompletedOn = CityDate(now);
        }
        return result;
    }

    public TransitionResult Return(TaskActor actor, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsTaskOffice)
        {
            return TransitionResult.Forbidden(OfficeOnly);
        }
        return string.IsNullOrWhiteSpace(reason) || reason.Length > TextMaxLength
            ? TransitionResult.Invalid("reason", "Cần nêu lý do trả lại. / A reason for returning the task is required.")
            : Step(actor, now, TaskAction.Returned, TaskState.InProgress, reason, [TaskState.ReportedDone]);
    }

    /// <summary>A new deadline with its reason; the old one stays in the history.</summary>
    public TransitionResult Extend(TaskActor actor, DateOnly? newDueDate, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsTaskOffice)
        {
            return TransitionResult.Forbidden(OfficeOnly);
        }
        if (!IsOpen)
        {
            return TransitionResult.WrongState("Nhiệm vụ đã kết thúc. / The task is closed.");
        }
        if (newDueDate is not { } due || (DueDate is { } current && due <= current))
        {
            return TransitionResult.Invalid("dueDate", "Thời hạn mới phải sau thời hạn hiện tại. / The new deadline must be later than the current one.");
        }
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > TextMaxLength)
        {
            return TransitionResult.Invalid("reason", "Cần nêu lý do gia hạn. / A reason for the extension is required.");
        }
        Record(actor, now, TaskAction.Extended, reason, DueDate, due);
        DeadlineKind = Contracts.Programmes.DeadlineKind.Date;
        DeadlineLabel = Display.Date(due);
        DueDate = due;
        // A new deadline may be missed again; that is news again.
        OverdueNotifiedAt = null;
        return TransitionResult.Done;
    }

    public void Record(TaskActor actor, DateTimeOffset now, TaskAction action, string? note = null, DateOnly? previousDue = null, DateOnly? newDue = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        History.Add(new TaskHistoryEntry
        {
            TaskId = Id, Action = action, At = now, ByUser = actor.UserId, ByUnit = actor.UnitCode,
            Note = note, PreviousDueDate = previousDue, NewDueDate = newDue,
        });
    }

    private TransitionResult LeadStep(TaskActor actor, DateTimeOffset now, TaskAction action, TaskState to, string? note, params TaskState[] from) =>
        !actor.Leads(this) ? TransitionResult.Forbidden(LeadOnly) : Step(actor, now, action, to, note, from);

    private TransitionResult OfficeStep(TaskActor actor, DateTimeOffset now, TaskAction action, TaskState to, string? note, params TaskState[] from) =>
        !actor.IsTaskOffice ? TransitionResult.Forbidden(OfficeOnly) : Step(actor, now, action, to, note, from);

    private TransitionResult Step(TaskActor actor, DateTimeOffset now, TaskAction action, TaskState to, string? note, TaskState[] from)
    {
        if (!from.Contains(State))
        {
            return TransitionResult.WrongState($"Không thực hiện được khi nhiệm vụ ở trạng thái {State}. / Not possible while the task is {State}.");
        }
        State = to;
        Record(actor, now, action, note);
        return TransitionResult.Done;
    }

    /// <summary>The day in the city at <paramref name="moment"/> (UTC+7), which decides on time or late.</summary>
    public static DateOnly CityDate(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(CityTime.Offset).DateTime);
}
