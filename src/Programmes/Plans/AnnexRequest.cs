using System.Globalization;
using StPlatform.Contracts.Programmes;
using StPlatform.Programmes.Documents;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Plans;

/// <summary>The whole annex of a plan, as it should now read; <see cref="Reason"/> is asked for once the plan is issued.</summary>
public sealed record AnnexRequest(IReadOnlyList<AnnexTaskRequest?>? Tasks, string? Reason)
{
    public const int MaxTasks = 500;

    public List<AnnexTaskItem> ToTasks(ValidationErrors errors, IReadOnlySet<string> retiredIds)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(retiredIds);
        var tasks = Tasks ?? [];
        if (tasks.Count > MaxTasks)
        {
            errors.Add("tasks", $"Tối đa {MaxTasks} nhiệm vụ. / At most {MaxTasks} tasks.");
            return [];
        }
        var items = tasks.Select((t, i) => (t ?? new AnnexTaskRequest(null, null)).ToItem(errors, $"tasks[{i}]", retiredIds)).ToList();
        foreach (var duplicate in items.Where(t => t.AnnexId.Length > 0).GroupBy(t => t.AnnexId).Where(g => g.Count() > 1))
        {
            errors.Add("tasks", $"Mã nhiệm vụ {duplicate.Key} bị trùng. / AnnexId {duplicate.Key} is used twice.");
        }
        return items;
    }
}

/// <summary>One task of the annex. No <see cref="AnnexId"/>: a new task, numbered by the registry.</summary>
public sealed record AnnexTaskRequest(
    string? AnnexId,
    string? Title,
    string? Section = null,
    IReadOnlyList<string>? LeadUnitCodes = null,
    IReadOnlyList<string>? CoordinatingUnitCodes = null,
    DeadlineRequest? Deadline = null,
    string? Recurrence = null,
    string? ExpectedProduct = null)
{
    public AnnexTaskItem ToItem(ValidationErrors errors, string path, IReadOnlySet<string> retiredIds)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(retiredIds);
        var annexId = errors.OptionalText($"{path}.annexId", AnnexId, AnnexTaskItem.AnnexIdMaxLength)?.Trim() ?? string.Empty;
        if (retiredIds.Contains(annexId))
        {
            errors.Add($"{path}.annexId", $"Mã {annexId} thuộc nhiệm vụ đã hủy, không dùng lại. / {annexId} belonged to a cancelled task and is not reused.");
        }
        var item = new AnnexTaskItem
        {
            AnnexId = annexId,
            Title = errors.Text($"{path}.title", Title, AnnexTaskItem.TitleMaxLength),
            Section = errors.OptionalText($"{path}.section", Section, AnnexTaskItem.SectionMaxLength),
            LeadUnitCodes = Units(errors, $"{path}.leadUnitCodes", LeadUnitCodes),
            CoordinatingUnitCodes = Units(errors, $"{path}.coordinatingUnitCodes", CoordinatingUnitCodes),
            ExpectedProduct = errors.OptionalText($"{path}.expectedProduct", ExpectedProduct, AnnexTaskItem.ProductMaxLength),
            Recurrence = string.IsNullOrWhiteSpace(Recurrence) ? null : errors.Choice<ReportingPeriod>($"{path}.recurrence", Recurrence),
        };
        if (Deadline is not null)
        {
            (item.DeadlineKind, item.DueDate, item.DeadlineLabel) = Deadline.Resolve(errors, $"{path}.deadline");
            if (item.Recurrence is not null)
            {
                errors.Add($"{path}.recurrence", "Chọn hạn hoặc định kỳ, không cả hai. / A task has a deadline or a recurrence, not both.");
            }
        }
        return item;
    }

    private static List<string> Units(ValidationErrors errors, string field, IReadOnlyList<string>? codes)
    {
        var list = (codes ?? []).Select(c => c?.Trim() ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 30 || list.Any(c => c.Length is 0 or > 20 || !ProgrammeDocumentRequest.UnitCode().IsMatch(c)))
        {
            errors.Add(field, ProgrammeDocumentRequest.UnitCodeMessage);
        }
        return list;
    }
}

/// <summary>A date, a quarter or a year; the due date is moved to the last day of the quarter or year.</summary>
public sealed record DeadlineRequest(string? Kind, DateOnly? DueDate, string? Label = null)
{
    public (DeadlineKind?, DateOnly?, string?) Resolve(ValidationErrors errors, string path)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var kind = errors.Choice<DeadlineKind>($"{path}.kind", Kind);
        var date = errors.Required($"{path}.dueDate", DueDate);
        var label = errors.OptionalText($"{path}.label", Label, AnnexTaskItem.LabelMaxLength);
        if (DueDate is null)
        {
            return (kind, null, label);
        }
        var quarter = ((date.Month - 1) / 3) + 1;
        var due = kind switch
        {
            DeadlineKind.Quarter => new DateOnly(date.Year, quarter * 3, 1).AddMonths(1).AddDays(-1),
            DeadlineKind.Year => new DateOnly(date.Year, 12, 31),
            _ => date,
        };
        label ??= kind switch
        {
            DeadlineKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"Quý {Roman[quarter - 1]}/{date.Year}"),
            DeadlineKind.Year => string.Create(CultureInfo.InvariantCulture, $"Năm {date.Year}"),
            _ => Display.Date(due),
        };
        return (kind, due, label);
    }

    private static readonly string[] Roman = ["I", "II", "III", "IV"];
}
