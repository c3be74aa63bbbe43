using System.Text.RegularExpressions;
using StPlatform.Contracts.Programmes;
using StPlatform.ServiceDefaults;
using StPlatform.Tasks.Deadlines;

namespace StPlatform.Tasks.Tasks;

/// <summary>
/// What a client sends to assign a task. Everything is optional here so that a missing value
/// becomes a validation error naming its field, not an unreadable body. The deadline is worded as
/// plans word it: a date ("2025-06-30", "30/06/2025"), a quarter ("Quý II/2025") or a year ("Năm 2025").
/// </summary>
public sealed partial record CreateTaskRequest(
    string? Title,
    string? LeadUnitCode,
    IReadOnlyList<string?>? CoordinatingUnitCodes,
    string? Deadline,
    string? ExpectedProduct = null,
    string? PlanSection = null)
{
    private const string UnitCodeFormatMessage =
        "Mã đơn vị gồm chữ in hoa, chữ số và dấu gạch, ví dụ SKHCN, UBND-HB. / A unit code is capital letters, digits and hyphens, e.g. SKHCN, UBND-HB.";

    private const string DeadlineFormatMessage =
        "Thời hạn là một ngày (30/06/2025), một quý (Quý II/2025) hoặc một năm (Năm 2025). / A deadline is a date (30/06/2025), a quarter (Quý II/2025) or a year (Năm 2025).";

    public TaskItem ToTask(ValidationErrors errors, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var lead = errors.Matching("leadUnitCode", LeadUnitCode, TaskItem.UnitCodeMaxLength, UnitCode(), UnitCodeFormatMessage);
        var deadline = ParseDeadline(errors);
        return new TaskItem
        {
            Title = errors.Text("title", Title, TaskItem.TitleMaxLength),
            LeadUnitCodes = [lead],
            CoordinatingUnitCodes = CoordinatingUnits(errors, lead),
            DeadlineKind = deadline?.Kind,
            DueDate = deadline?.DueDate,
            DeadlineLabel = deadline?.Label,
            ExpectedProduct = Optional(errors, "expectedProduct", ExpectedProduct, TaskItem.TextMaxLength),
            PlanSection = Optional(errors, "planSection", PlanSection, TaskItem.TitleMaxLength),
            // PostgreSQL keeps microseconds: the time answered now is the time read back later.
            CreatedAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond)),
        };
    }

    private TaskDeadline? ParseDeadline(ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Deadline) || DeadlineLabels.IsOngoing(Deadline))
        {
            return null;
        }
        var parsed = DeadlineLabels.Parse(Deadline);
        if (parsed is null)
        {
            errors.Add("deadline", DeadlineFormatMessage);
        }
        return parsed;
    }

    private static string? Optional(ValidationErrors errors, string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : errors.Text(field, value, maxLength);

    private List<string> CoordinatingUnits(ValidationErrors errors, string lead)
    {
        const string field = "coordinatingUnitCodes";
        var codes = CoordinatingUnitCodes ?? [];
        if (codes.Count > TaskItem.MaxCoordinatingUnits)
        {
            errors.Add(field, $"Tối đa {TaskItem.MaxCoordinatingUnits} đơn vị phối hợp. / At most {TaskItem.MaxCoordinatingUnits} coordinating units.");
            return [];
        }
        var valid = new List<string>(codes.Count);
        foreach (var code in codes)
        {
            if (code is null || code.Length > TaskItem.UnitCodeMaxLength || !UnitCode().IsMatch(code))
            {
                errors.Add(field, $"\"{code}\": {UnitCodeFormatMessage}");
            }
            else if (code == lead || valid.Contains(code))
            {
                errors.Add(field, $"\"{code}\": đơn vị đã có trong nhiệm vụ. / the unit is already on the task.");
            }
            else
            {
                valid.Add(code);
            }
        }
        return valid;
    }

    [GeneratedRegex(@"^[A-Z0-9Đ][A-Z0-9Đ.\-]{0,19}$")]
    internal static partial Regex UnitCode();
}
