using StPlatform.Contracts.IntellectualProperty;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Assets;

/// <summary>The checks of an asset's optional fields and lists, each error named by its JSON path.</summary>
internal static class AssetInput
{
    public static string? Optional(ValidationErrors errors, string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : errors.Text(field, value.Trim(), maxLength);

    public static DateOnly? PastDate(ValidationErrors errors, string field, DateOnly? value, DateOnly today, bool required)
    {
        if (required)
        {
            errors.Required(field, value);
        }
        if (value > today)
        {
            errors.Add(field, "Ngày không thể ở tương lai. / The date cannot be in the future.");
        }
        return value;
    }

    public static IEnumerable<IpOwner> Owners(ValidationErrors errors, IReadOnlyList<OwnerInput>? owners)
    {
        if (owners is null || owners.Count == 0)
        {
            errors.Add("owners", "Cần ít nhất một chủ sở hữu. / At least one owner is required.");
            return [];
        }
        if (TooMany(errors, "owners", owners.Count))
        {
            return [];
        }
        return owners.Select((owner, i) =>
        {
            var taxCode = string.IsNullOrWhiteSpace(owner?.TaxCode) ? null : owner.TaxCode.Trim();
            if (taxCode is not null && !TaxCode.IsWellFormed(taxCode))
            {
                errors.Add($"owners[{i}].taxCode", TaxCode.FormatMessage);
            }
            return new IpOwner { Position = i, Name = errors.Text($"owners[{i}].name", owner?.Name?.Trim(), IpAsset.NameMaxLength), TaxCode = taxCode };
        }).ToList();
    }

    public static IEnumerable<string> Names(ValidationErrors errors, string field, IReadOnlyList<string>? names) =>
        names is null || TooMany(errors, field, names.Count) ? []
            : names.Select((name, i) => errors.Text($"{field}[{i}]", name?.Trim(), IpAsset.NameMaxLength)).ToList();

    public static IEnumerable<PriorityClaim> Priorities(ValidationErrors errors, IReadOnlyList<PriorityClaimInput>? claims, DateOnly filedOn) =>
        claims is null || TooMany(errors, "priorityClaims", claims.Count) ? []
            : claims.Select((claim, i) =>
            {
                var on = errors.Required($"priorityClaims[{i}].on", claim?.On);
                if (claim?.On is not null && (on > filedOn || on < filedOn.AddMonths(-12)))
                {
                    // Paris Convention art. 4: patents and utility models claim 12 months back (designs and marks 6; 12 bounds all).
                    errors.Add($"priorityClaims[{i}].on", "Ngày ưu tiên phải trong 12 tháng trước ngày nộp đơn. / A priority date lies within 12 months before filing.");
                }
                return new PriorityClaim
                {
                    Country = errors.Text($"priorityClaims[{i}].country", claim?.Country?.Trim(), 2),
                    Number = errors.Text($"priorityClaims[{i}].number", claim?.Number?.Trim(), IpAsset.NumberMaxLength),
                    On = on,
                };
            }).ToList();

    public static IEnumerable<string> Classes(ValidationErrors errors, IpObjectType type, IReadOnlyList<string>? classes)
    {
        if (classes is null || TooMany(errors, "classes", classes.Count))
        {
            return [];
        }
        var normalised = new List<string>();
        for (var i = 0; i < classes.Count; i++)
        {
            if (IpClasses.Normalise(type, classes[i] ?? string.Empty, out var error) is { } value)
            {
                normalised.Add(value);
            }
            else
            {
                errors.Add($"classes[{i}]", error!);
            }
        }
        return normalised.Distinct(StringComparer.Ordinal);
    }

    private static bool TooMany(ValidationErrors errors, string field, int count)
    {
        if (count <= IpAsset.MaxPeople)
        {
            return false;
        }
        errors.Add(field, $"Tối đa {IpAsset.MaxPeople} mục. / At most {IpAsset.MaxPeople} entries.");
        return true;
    }
}
