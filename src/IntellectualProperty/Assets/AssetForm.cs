using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Assets;

/// <summary>
/// The entry form as a browser posts it: lists one entry per line, an owner as "name; tax code",
/// classes separated by commas. It becomes the API's request, so both keep one set of rules.
/// </summary>
public sealed class AssetForm
{
    public string? ObjectType { get; set; }

    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? ApplicationNumber { get; set; }

    public DateOnly? FiledOn { get; set; }

    public string? Owners { get; set; }

    public string? Applicants { get; set; }

    public string? Inventors { get; set; }

    public string? Classes { get; set; }

    public string? Agent { get; set; }

    public DateOnly? CreatedOn { get; set; }

    public DateOnly? FirstCommercialUseOn { get; set; }

    public CreateIpAssetRequest ToRequest() => new(
        ObjectType, Title, ApplicationNumber, FiledOn,
        [.. Lines(Owners).Select(line => line.Split(';', 2, StringSplitOptions.TrimEntries) is var parts
            ? new OwnerInput(parts[0], parts.Length > 1 ? parts[1] : null) : null!)],
        TitleEn, Lines(Applicants), Lines(Inventors),
        string.IsNullOrWhiteSpace(Classes) ? null : Classes.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        Agent: Agent, CreatedOn: CreatedOn, FirstCommercialUseOn: FirstCommercialUseOn);

    /// <summary>"owners[1].taxCode" is shown beside the owners box: the form has one field per list.</summary>
    public static ValidationErrors ForForm(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var collapsed = new ValidationErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            var bracket = field.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? field : field[..bracket];
            var prefix = bracket < 0 ? string.Empty : $"{field[bracket..]}: ";
            foreach (var message in messages)
            {
                collapsed.Add(name, prefix + message);
            }
        }
        return collapsed;
    }

    private static string[] Lines(string? text) =>
        text?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}
