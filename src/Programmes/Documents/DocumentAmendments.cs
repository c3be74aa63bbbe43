using StPlatform.Messaging;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Plans;

namespace StPlatform.Programmes.Documents;

/// <summary>An edit of the fields or the annex: history always; for an issued plan, PlanAmended.</summary>
public static class DocumentAmendments
{
    public static void Record(
        ProgrammesDbContext db, ProgrammeDocument document, List<string> changes, AnnexChanges annex, string? reason, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(annex);
        changes.AddRange(annex.Describe());
        var entry = document.RecordEdit(changes, reason, by, at);
        if (entry is { AmendmentNumber: not null } && document.Kind == ProgrammeDocumentKind.Plan)
        {
            db.PublishLater(PlanEvents.Amended(document, annex, reason, at));
        }
    }
}
