using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.History;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Committees;

/// <summary>Changes to a committee member, each written into the document's history, for the API and the page alike.</summary>
public static class CommitteeEditing
{
    private const string Label = "Ban chỉ đạo / Steering committee";

    public static void Add(ProgrammesDbContext db, ProgrammeDocument document, CommitteeMember member, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(member);
        db.Add(member);
        document.Record(HistoryAction.CommitteeChanged, by, at, null,
            $"{Label}: {member.Name}, {member.Position} ({CommitteeLabels.Role(member.Role)}) từ / from {Display.Date(member.TermStart)}");
    }

    /// <summary>Copies <paramref name="edited"/>'s fields onto <paramref name="member"/>; returns one line per field that changed.</summary>
    public static List<string> Apply(this CommitteeMember member, CommitteeMember edited)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(edited);
        var changes = new List<string>();
        member.Name = Set(changes, "Họ tên / Name", member.Name, edited.Name, v => v);
        member.Position = Set(changes, "Chức vụ / Position", member.Position, edited.Position, v => v);
        member.Organisation = Set(changes, "Đơn vị / Organisation", member.Organisation, edited.Organisation, v => v);
        member.Role = Set(changes, "Vai trò / Role", member.Role, edited.Role, CommitteeLabels.Role);
        member.TermStart = Set(changes, "Nhiệm kỳ từ / Term from", member.TermStart, edited.TermStart, Display.Date);
        member.TermEnd = Set(changes, "Nhiệm kỳ đến / Term to", member.TermEnd, edited.TermEnd, Display.Date);
        return changes;
    }

    public static void RecordEdit(ProgrammeDocument document, CommitteeMember member, List<string> changes, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(changes);
        document.Record(HistoryAction.CommitteeChanged, by, at, null,
            [$"{Label}: {member.Name}", .. changes]);
    }

    public static void Remove(ProgrammesDbContext db, ProgrammeDocument document, CommitteeMember member, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(member);
        db.Remove(member);
        document.Record(HistoryAction.CommitteeChanged, by, at, null,
            $"{Label}: xóa / removed {member.Name}, {member.Position} ({CommitteeLabels.Role(member.Role)})");
    }

    private static T Set<T>(List<string> changes, string label, T current, T next, Func<T, string> show)
    {
        if (!EqualityComparer<T>.Default.Equals(current, next))
        {
            changes.Add($"{label}: {show(current)} → {show(next)}");
        }
        return next;
    }
}
