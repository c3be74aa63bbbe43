using System.Text.RegularExpressions;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Assets;

public sealed record OwnerInput(string? Name, string? TaxCode);

public sealed record PriorityClaimInput(string? Country, string? Number, DateOnly? On);

/// <summary>
/// What a client sends to record an application. Everything is optional here so that a missing
/// or unknown value becomes a validation error naming its field, not an unreadable body.
/// </summary>
public sealed partial record CreateIpAssetRequest(
    string? ObjectType,
    string? Title,
    string? ApplicationNumber,
    DateOnly? FiledOn,
    IReadOnlyList<OwnerInput>? Owners,
    string? TitleEn = null,
    IReadOnlyList<string>? Applicants = null,
    IReadOnlyList<string>? Inventors = null,
    IReadOnlyList<string>? Classes = null,
    IReadOnlyList<PriorityClaimInput>? PriorityClaims = null,
    string? Agent = null,
    Guid? OriginTaskId = null,
    Guid? OriginProgrammeId = null,
    DateOnly? CreatedOn = null,
    DateOnly? FirstCommercialUseOn = null)
{
    private const string ApplicationNumberFormatMessage =
        "Số đơn gồm chữ số, chữ cái và dấu gạch, ví dụ 1-2023-01234. / An application number is digits, letters and hyphens, e.g. 1-2023-01234.";

    /// <param name="today">The date in the city, so that no date can lie in the future.</param>
    public IpAsset ToAsset(ValidationErrors errors, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var type = errors.Choice<IpObjectType>("objectType", ObjectType);
        var asset = new IpAsset
        {
            ObjectType = type,
            Title = errors.Text("title", Title, IpAsset.TitleMaxLength),
            TitleEn = AssetInput.Optional(errors, "titleEn", TitleEn, IpAsset.TitleMaxLength),
            ApplicationNumber = errors.Matching(
                "applicationNumber", ApplicationNumber, IpAsset.ApplicationNumberMaxLength, Number(), ApplicationNumberFormatMessage),
            FiledOn = AssetInput.PastDate(errors, "filedOn", FiledOn, today, required: true).GetValueOrDefault(),
            Agent = AssetInput.Optional(errors, "agent", Agent, IpAsset.NameMaxLength),
            OriginTaskId = OriginTaskId,
            OriginProgrammeId = OriginProgrammeId,
            CreatedOn = AssetInput.PastDate(errors, "createdOn", CreatedOn, today, required: false),
            FirstCommercialUseOn = AssetInput.PastDate(errors, "firstCommercialUseOn", FirstCommercialUseOn, today, required: false),
            RegisteredAt = now,
        };
        asset.Owners.AddRange(AssetInput.Owners(errors, Owners));
        asset.Applicants.AddRange(AssetInput.Names(errors, "applicants", Applicants));
        asset.Inventors.AddRange(AssetInput.Names(errors, "inventors", Inventors));
        asset.PriorityClaims.AddRange(AssetInput.Priorities(errors, PriorityClaims, asset.FiledOn));
        if (errors.IsValid || !errors.ToDictionary().ContainsKey("objectType"))
        {
            asset.Classes.AddRange(AssetInput.Classes(errors, type, Classes));
        }
        if (type != IpObjectType.LayoutDesign && (CreatedOn is not null || FirstCommercialUseOn is not null))
        {
            errors.Add(CreatedOn is not null ? "createdOn" : "firstCommercialUseOn",
                "Chỉ thiết kế bố trí có ngày tạo ra và ngày khai thác thương mại. / Only layout designs carry creation and first-use dates.");
        }
        return asset;
    }

    public static string DuplicateMessage(string applicationNumber) =>
        $"Đơn số {applicationNumber} đã được ghi nhận. / Application {applicationNumber} is already recorded.";

    // Vietnamese numbers read 1-2023-01234 (type, year, serial); older and foreign ones vary.
    [GeneratedRegex(@"^[0-9A-Z][0-9A-Z/.\-]{2,29}$")]
    private static partial Regex Number();
}
