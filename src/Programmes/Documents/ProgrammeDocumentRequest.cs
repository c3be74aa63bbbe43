using System.Text.RegularExpressions;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Documents;

/// <summary>
/// What a client sends to register or amend a document. Everything is optional here so that a
/// missing or unknown value becomes a validation error naming its field, not an unreadable body.
/// <see cref="Reason"/> is asked for only when amending a document already issued.
/// </summary>
public sealed partial record ProgrammeDocumentRequest(
    string? Kind,
    string? Number,
    string? Title,
    string? Issuer,
    DateOnly? SignedOn,
    int? PeriodStartYear,
    int? PeriodEndYear,
    string? Signer = null,
    DateOnly? EffectiveOn = null,
    int? VisionYear = null,
    IReadOnlyList<Guid>? ParentIds = null,
    string? GeneralObjective = null,
    IReadOnlyList<string>? SpecificObjectives = null,
    string? LeadUnitCode = null,
    string? Reason = null)
{
    public const int MinYear = 1945;
    public const int MaxYear = 2100;
    public const int SpecificObjectiveMaxLength = 1000;

    private const string NumberFormatMessage =
        "Số hiệu phải có dạng như 2629/KH-UBND hoặc 08-NQ/TU. / Use a document number such as 2629/KH-UBND or 08-NQ/TU.";

    public const string UnitCodeMessage = "Mã đơn vị như SKHCN hoặc UBND-HB. / Use a unit code such as SKHCN or UBND-HB.";

    public DocumentFields ToFields(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var fields = new DocumentFields(
            errors.Choice<ProgrammeDocumentKind>("kind", Kind),
            errors.Matching("number", Number, ProgrammeDocument.NumberMaxLength, DocumentNumber(), NumberFormatMessage),
            errors.Text("title", Title, ProgrammeDocument.TitleMaxLength),
            errors.Text("issuer", Issuer, ProgrammeDocument.IssuerMaxLength),
            errors.OptionalText("signer", Signer, ProgrammeDocument.SignerMaxLength),
            errors.Required("signedOn", SignedOn),
            EffectiveOn,
            errors.Required("periodStartYear", PeriodStartYear),
            errors.Required("periodEndYear", PeriodEndYear),
            VisionYear,
            [.. (ParentIds ?? []).Distinct()],
            errors.OptionalText("generalObjective", GeneralObjective, ProgrammeDocument.ObjectiveMaxLength),
            [.. (SpecificObjectives ?? []).Select((o, i) => errors.Text($"specificObjectives[{i}]", o, SpecificObjectiveMaxLength))],
            errors.OptionalMatching("leadUnitCode", LeadUnitCode, 20, UnitCode(), UnitCodeMessage));
        if (PeriodStartYear is not null)
        {
            errors.Range("periodStartYear", fields.PeriodStartYear, MinYear, MaxYear);
        }
        if (PeriodStartYear is not null && PeriodEndYear is not null)
        {
            errors.Range("periodEndYear", fields.PeriodEndYear, fields.PeriodStartYear, MaxYear);
        }
        if (VisionYear is { } vision && PeriodEndYear is { } end)
        {
            errors.Range("visionYear", vision, end, MaxYear);
        }
        if (EffectiveOn is { } effective && SignedOn is { } signed && effective < signed)
        {
            errors.Add("effectiveOn", "Ngày hiệu lực không trước ngày ký. / The effective date cannot precede the signing date.");
        }
        if (fields.SpecificObjectives.Count > ProgrammeDocument.MaxSpecificObjectives)
        {
            errors.Add("specificObjectives", $"Tối đa {ProgrammeDocument.MaxSpecificObjectives} mục tiêu. / At most {ProgrammeDocument.MaxSpecificObjectives} objectives.");
        }
        if (fields.ParentIds.Count > ProgrammeDocument.MaxParents)
        {
            errors.Add("parentIds", $"Tối đa {ProgrammeDocument.MaxParents} văn bản. / At most {ProgrammeDocument.MaxParents} documents.");
        }
        return fields;
    }

    // Serial number, then the kind and issuer codes: 2629/KH-UBND, 569/QĐ-TTg, 08-NQ/TU.
    [GeneratedRegex(@"^\d{1,6}[/-][\p{L}\p{Nd}]+(?:[/-][\p{L}\p{Nd}]+)*$")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$")]
    public static partial Regex UnitCode();
}
