using StPlatform.ServiceDefaults;

namespace StPlatform.Startups.Organisations;

/// <summary>
/// What the entry and submission forms post: <see cref="OrganisationInput"/> with technologies as
/// one comma-separated field and the sectors as checkboxes.
/// </summary>
public sealed class OrganisationForm
{
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public string? TaxCode { get; set; }
    public string? Type { get; set; }
    public string? InvestorKind { get; set; }
    public string? District { get; set; }
    public string? Ward { get; set; }
    public int? FoundedYear { get; set; }
    public string? Stage { get; set; }
    public string? SizeBand { get; set; }
    public List<string> Sectors { get; set; } = [];
    public string? Technologies { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool IsPublic { get; set; } = true;

    /// <summary>The form filled in with an organisation's current details, for an edit.</summary>
    public static OrganisationForm From(Organisation o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new()
        {
            Name = o.Name, NameEn = o.NameEn, TaxCode = o.TaxCode, Type = ValidationErrors.JsonName(o.Type),
            InvestorKind = Json(o.InvestorKind), District = o.District, Ward = o.Ward, FoundedYear = o.FoundedYear,
            Stage = Json(o.Stage), SizeBand = Json(o.SizeBand), Sectors = [.. o.Sectors], Technologies = string.Join(", ", o.Technologies),
            Website = o.Website, Email = o.Email, Phone = o.Phone, IsPublic = o.IsPublic,
        };
    }

    private static string? Json<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? ValidationErrors.JsonName(v) : null;

    public OrganisationInput ToRequest() => new(
        Name, TaxCode, Type, District, FoundedYear, NameEn, Ward, Stage, SizeBand, InvestorKind, Sectors,
        (Technologies ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        Website, Email, Phone, IsPublic);
}
