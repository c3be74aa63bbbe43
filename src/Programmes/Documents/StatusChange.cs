using StPlatform.Programmes.History;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Documents;

/// <summary>A review, expiry or replacement, for the API and the page alike: checked against the lifecycle, kept in the history.</summary>
public static class StatusChange
{
    /// <summary>Moves <paramref name="document"/> when the request is valid; otherwise leaves it and fills <paramref name="errors"/>.</summary>
    public static void Apply(ProgrammeDocument document, StatusChangeRequest request, ValidationErrors errors, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var status = errors.Choice<DocumentStatus>("status", request.Status);
        var note = errors.OptionalText("reason", request.Reason, DocumentHistoryEntry.ReasonMaxLength);
        if (errors.IsValid && !document.Status.CanMoveTo(status))
        {
            errors.Add("status", $"Không chuyển được từ {DocumentStatusRules.Vietnamese(document.Status)} sang {DocumentStatusRules.Vietnamese(status)}. / A {DocumentStatusRules.English(document.Status)} document cannot become {DocumentStatusRules.English(status)}.");
        }
        if (!errors.IsValid)
        {
            return;
        }
        var from = document.Status;
        document.Status = status;
        document.Record(HistoryAction.StatusChanged, by, at, note,
            $"Trạng thái / Status: {DocumentStatusRules.Vietnamese(from)} → {DocumentStatusRules.Vietnamese(status)}");
    }

    /// <summary>The statuses a document may move to from where it is, in lifecycle order.</summary>
    public static IEnumerable<DocumentStatus> Next(DocumentStatus from) => Enum.GetValues<DocumentStatus>().Where(to => from.CanMoveTo(to));
}
