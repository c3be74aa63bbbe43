using System.Globalization;
using StPlatform.Programmes.History;

namespace StPlatform.Programmes.Documents;

/// <summary>Sets a document's fields and says, field by field, what that changed (for its history).</summary>
public static class DocumentEditing
{
    public static ProgrammeDocument Create(DocumentFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var document = new ProgrammeDocument { Number = fields.Number, Title = fields.Title, Issuer = fields.Issuer };
        document.Apply(fields);
        return document;
    }

    /// <summary>Applies <paramref name="fields"/>; returns one line per field whose value changed.</summary>
    public static List<string> Apply(this ProgrammeDocument document, DocumentFields fields)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(fields);
        var changes = new List<string>();
        document.Kind = Set(changes, "Loại / Kind", document.Kind, fields.Kind);
        document.Number = Set(changes, "Số hiệu / Number", document.Number, fields.Number);
        document.Title = Set(changes, "Tên văn bản / Title", document.Title, fields.Title);
        document.Issuer = Set(changes, "Cơ quan ban hành / Issuer", document.Issuer, fields.Issuer);
        document.Signer = Set(changes, "Người ký / Signer", document.Signer, fields.Signer);
        document.SignedOn = Set(changes, "Ngày ký / Signed on", document.SignedOn, fields.SignedOn);
        document.EffectiveOn = Set(changes, "Ngày hiệu lực / Effective on", document.EffectiveOn, fields.EffectiveOn);
        document.PeriodStartYear = Set(changes, "Năm bắt đầu / Period start", document.PeriodStartYear, fields.PeriodStartYear);
        document.PeriodEndYear = Set(changes, "Năm kết thúc / Period end", document.PeriodEndYear, fields.PeriodEndYear);
        document.VisionYear = Set(changes, "Tầm nhìn / Vision year", document.VisionYear, fields.VisionYear);
        document.GeneralObjective = Set(changes, "Mục tiêu tổng quát / General objective", document.GeneralObjective, fields.GeneralObjective);
        document.LeadUnitCode = Set(changes, "Đơn vị chủ trì / Lead unit", document.LeadUnitCode, fields.LeadUnitCode);
        document.SpecificObjectives = SetList(changes, "Mục tiêu cụ thể / Specific objectives", document.SpecificObjectives, fields.SpecificObjectives);
        document.ParentIds = SetList(changes, "Văn bản căn cứ / Implements", document.ParentIds, fields.ParentIds);
        document.SearchText = SearchTextOf(document);
        return changes;
    }

    /// <summary>
    /// Records an edit: a draft is simply corrected; a document in force is amended, which needs a
    /// reason and numbers the amendment. Returns null when nothing changed.
    /// </summary>
    public static DocumentHistoryEntry? RecordEdit(this ProgrammeDocument document, List<string> changes, string? reason, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0 && reason is null)
        {
            return null;
        }
        var amending = document.Status.IsInForce();
        if (amending)
        {
            document.AmendmentCount++;
            document.Status = DocumentStatus.Amended;
        }
        var entry = new DocumentHistoryEntry
        {
            DocumentId = document.Id,
            At = at,
            By = by,
            Action = amending ? HistoryAction.Amended : HistoryAction.Edited,
            Status = document.Status,
            AmendmentNumber = amending ? document.AmendmentCount : null,
            Reason = reason,
            Changes = changes,
        };
        document.History.Add(entry);
        return entry;
    }

    public static DocumentHistoryEntry Record(this ProgrammeDocument document, HistoryAction action, string by, DateTimeOffset at, string? reason = null, params string[] changes)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entry = new DocumentHistoryEntry
        {
            DocumentId = document.Id,
            At = at,
            By = by,
            Action = action,
            Status = document.Status,
            Reason = reason,
            Changes = [.. changes],
        };
        document.History.Add(entry);
        return entry;
    }

    public static string SearchTextOf(ProgrammeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ServiceDefaults.Text.VietnameseText.Fold($"{document.Number} {document.Title} {document.Issuer}");
    }

    private static T Set<T>(List<string> changes, string label, T current, T next)
    {
        if (!EqualityComparer<T>.Default.Equals(current, next))
        {
            changes.Add($"{label}: {Show(current)} → {Show(next)}");
        }
        return next;
    }

    private static List<T> SetList<T>(List<string> changes, string label, List<T> current, IReadOnlyList<T> next)
    {
        if (!current.SequenceEqual(next))
        {
            changes.Add($"{label}: {string.Join("; ", current.Select(Show))} → {string.Join("; ", next.Select(Show))}");
        }
        return [.. next];
    }

    private static string Show<T>(T value) => value switch
    {
        null => "—",
        DateOnly date => ServiceDefaults.Display.Date(date),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "—",
    };
}
