using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.LegalEvents;

/// <summary>An event to add to an asset's history: its kind, its date, and the number it carries if any.</summary>
public sealed record RecordLegalEventRequest(string? Kind, DateOnly? Date, string? Reference = null, string? Note = null)
{
    /// <summary>The checks that need no history; the sequence rules come after, against the asset.</summary>
    public (LegalEventKind Kind, DateOnly On, string? Reference, string? Note) Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var kind = errors.Choice<LegalEventKind>("kind", Kind);
        var on = errors.Required("date", Date);
        var reference = string.IsNullOrWhiteSpace(Reference) ? null : errors.Text("reference", Reference.Trim(), IpLegalEvent.ReferenceMaxLength);
        var note = string.IsNullOrWhiteSpace(Note) ? null : errors.Text("note", Note.Trim(), IpLegalEvent.NoteMaxLength);
        return (kind, on, reference, note);
    }
}
