using StPlatform.ServiceDefaults;

namespace StPlatform.Startups.Organisations;

/// <summary>
/// What a client or a form sends about an organisation, for a new entry, a self-submission or an
/// edit. Everything is optional here so that a missing or unknown value becomes a validation
/// error naming its field, not an unreadable body.
/// </summary>
public sealed record OrganisationInput(
    string? Name,
    string? TaxCode,
    string? Type,
    string? District,
    int? FoundedYear = null,
    string? NameEn = null,
    string? Ward = null,
    string? Stage = null,
    string? SizeBand = null,
    string? InvestorKind = null,
    IReadOnlyList<string>? Sectors = null,
    IReadOnlyList<string>? Technologies = null,
    string? Website = null,
    string? Email = null,
    string? Phone = null,
    bool? IsPublic = null)
{
    public const int MinFoundedYear = 1900;
    public const int MaxTechnologies = 20;

    /// <param name="today">The date in the city, so that a founding year cannot lie in the future.</param>
    public Organisation ToOrganisation(ValidationErrors errors, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var organisation = new Organisation
        {
            Name = string.Empty,
            TaxCode = errors.Matching("taxCode", TaxCode, Organisation.TaxCodeMaxLength, ServiceDefaults.TaxCode.Form(), ServiceDefaults.TaxCode.FormatMessage),
            District = string.Empty,
        };
        ApplyTo(organisation, errors, today);
        return organisation;
    }

    /// <summary>Copies the fields onto <paramref name="organisation"/>; the tax code, its identity, cannot change.</summary>
    public void ApplyTo(Organisation organisation, ValidationErrors errors, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(errors);
        if (TaxCode is not null && organisation.TaxCode.Length > 0 && TaxCode != organisation.TaxCode)
        {
            errors.Add("taxCode", ServiceDefaults.TaxCode.IsWellFormed(TaxCode)
                ? "Không thể đổi mã số thuế của một tổ chức. / An organisation's tax code cannot change."
                : ServiceDefaults.TaxCode.FormatMessage);
        }
        if (FoundedYear is { } year)
        {
            errors.Range("foundedYear", year, MinFoundedYear, today.Year);
        }
        organisation.Name = errors.Text("name", Name, Organisation.NameMaxLength);
        organisation.NameEn = OptionalText(errors, "nameEn", NameEn, Organisation.NameMaxLength);
        organisation.Type = errors.Choice<OrganisationType>("type", Type);
        organisation.InvestorKind = OptionalChoice<InvestorKind>(errors, "investorKind", InvestorKind);
        organisation.District = errors.Text("district", District, Organisation.DistrictMaxLength);
        organisation.Ward = OptionalText(errors, "ward", Ward, Organisation.DistrictMaxLength);
        organisation.FoundedYear = FoundedYear;
        organisation.Stage = OptionalChoice<Stage>(errors, "stage", Stage);
        organisation.SizeBand = OptionalChoice<SizeBand>(errors, "sizeBand", SizeBand);
        organisation.Sectors = CheckedSectors(errors);
        organisation.Technologies = CheckedTechnologies(errors);
        organisation.Website = OptionalText(errors, "website", Website, Organisation.TextMaxLength);
        organisation.Email = OptionalText(errors, "email", Email, Organisation.TextMaxLength);
        organisation.Phone = OptionalText(errors, "phone", Phone, Organisation.TextMaxLength);
        organisation.IsPublic = IsPublic ?? organisation.IsPublic;
        if (organisation.Email is { } email && !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("email", "Địa chỉ email không hợp lệ. / Not an email address.");
        }
        organisation.Refold();
    }

    private List<string> CheckedSectors(ValidationErrors errors)
    {
        var sectors = (Sectors ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var unknown in sectors.Where(s => !SectorCatalogue.All.ContainsKey(s)))
        {
            var allowed = string.Join(", ", SectorCatalogue.All.Keys);
            errors.Add("sectors", $"Lĩnh vực không có trong danh mục: {unknown}; chọn trong: {allowed}. / Unknown sector {unknown}; use one of: {allowed}.");
        }
        return sectors;
    }

    private List<string> CheckedTechnologies(ValidationErrors errors)
    {
        var technologies = (Technologies ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (technologies.Count > MaxTechnologies)
        {
            errors.Add("technologies", $"Tối đa {MaxTechnologies} công nghệ. / At most {MaxTechnologies} technologies.");
        }
        foreach (var technology in technologies)
        {
            errors.Text("technologies", technology, Organisation.DistrictMaxLength);
        }
        return technologies;
    }

    private static string? OptionalText(ValidationErrors errors, string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : errors.Text(field, value, maxLength);

    private static TEnum? OptionalChoice<TEnum>(ValidationErrors errors, string field, string? value) where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null : errors.Choice<TEnum>(field, value);
}
