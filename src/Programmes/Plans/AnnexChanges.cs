using StPlatform.Programmes.Documents;

namespace StPlatform.Programmes.Plans;

/// <summary>What setting a new annex did to the old one, by AnnexId: what an amendment announces.</summary>
public sealed record AnnexChanges(
    IReadOnlyList<AnnexTaskItem> Added,
    IReadOnlyList<AnnexTaskItem> Changed,
    IReadOnlyList<AnnexTaskItem> Cancelled)
{
    public static readonly AnnexChanges None = new([], [], []);

    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Cancelled.Count == 0;

    /// <summary>History lines: "Thêm nhiệm vụ 3: ...", "Sửa nhiệm vụ 1", "Hủy nhiệm vụ 2".</summary>
    public IEnumerable<string> Describe() =>
        Added.Select(t => $"Thêm nhiệm vụ / Task added {t.AnnexId}: {t.Title}")
            .Concat(Changed.Select(t => $"Sửa nhiệm vụ / Task changed {t.AnnexId}: {t.Title}"))
            .Concat(Cancelled.Select(t => $"Hủy nhiệm vụ / Task cancelled {t.AnnexId}: {t.Title}"));
}

public static class AnnexEditing
{
    /// <summary>
    /// Replaces the annex with <paramref name="tasks"/> (already validated). A task that names an
    /// AnnexId in use is that task, changed or not; one without gets the next free number; a task
    /// left out is cancelled. Ids of cancelled tasks are refused by validation, never reused.
    /// </summary>
    public static AnnexChanges SetAnnex(this ProgrammeDocument plan, IReadOnlyList<AnnexTaskItem> tasks)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tasks);
        var live = plan.AnnexTasks.Where(t => !t.Cancelled).ToDictionary(t => t.AnnexId, StringComparer.Ordinal);
        var next = NextNumber(plan.AnnexTasks.Select(t => t.AnnexId).Concat(tasks.Select(t => t.AnnexId)));
        List<AnnexTaskItem> added = [], changed = [];
        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (var position = 0; position < tasks.Count; position++)
        {
            var task = tasks[position];
            if (task.AnnexId.Length > 0 && live.TryGetValue(task.AnnexId, out var existing))
            {
                kept.Add(existing.AnnexId);
                existing.Position = position;
                if (CopyFrom(existing, task))
                {
                    changed.Add(existing);
                }
                continue;
            }
            var item = new AnnexTaskItem
            {
                DocumentId = plan.Id,
                AnnexId = task.AnnexId.Length > 0 ? task.AnnexId : (next++).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Title = task.Title,
                Position = position,
            };
            CopyFrom(item, task);
            plan.AnnexTasks.Add(item);
            added.Add(item);
        }
        var cancelled = live.Values.Where(t => !kept.Contains(t.AnnexId)).ToList();
        cancelled.ForEach(t => t.Cancelled = true);
        return new AnnexChanges(added, changed, cancelled);
    }

    /// <summary>AnnexIds a new annex may not use: those of tasks an earlier amendment cancelled.</summary>
    public static IReadOnlySet<string> RetiredAnnexIds(this ProgrammeDocument plan) =>
        plan.AnnexTasks.Where(t => t.Cancelled).Select(t => t.AnnexId).ToHashSet(StringComparer.Ordinal);

    private static readonly string[] None = [];

    private static int NextNumber(IEnumerable<string> ids) =>
        ids.Select(id => int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;

    private static bool CopyFrom(AnnexTaskItem target, AnnexTaskItem source)
    {
        var before = target.ToContract();
        target.Title = source.Title;
        target.Section = source.Section;
        target.LeadUnitCodes = [.. source.LeadUnitCodes];
        target.CoordinatingUnitCodes = [.. source.CoordinatingUnitCodes];
        target.DeadlineKind = source.DeadlineKind;
        target.DueDate = source.DueDate;
        target.DeadlineLabel = source.DeadlineLabel;
        target.Recurrence = source.Recurrence;
        target.ExpectedProduct = source.ExpectedProduct;
        var after = target.ToContract();
        return !Same(before, after);
    }

    private static bool Same(Contracts.Programmes.AnnexTask a, Contracts.Programmes.AnnexTask b) =>
        a with { LeadUnitCodes = None, CoordinatingUnitCodes = None } == b with { LeadUnitCodes = None, CoordinatingUnitCodes = None }
        && a.LeadUnitCodes.SequenceEqual(b.LeadUnitCodes)
        && a.CoordinatingUnitCodes.SequenceEqual(b.CoordinatingUnitCodes);
}
