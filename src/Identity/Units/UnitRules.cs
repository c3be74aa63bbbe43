using System.Text.RegularExpressions;
using StPlatform.ServiceDefaults;

namespace StPlatform.Identity.Units;

/// <summary>
/// What a unit's code, names and kind must be, checked the same way when a unit is registered and
/// when it is renamed. Field names are the forms' own, so each message lands beside its field.
/// </summary>
public static partial class UnitRules
{
    public const string CodeFormatMessage =
        "Mã đơn vị gồm chữ cái không dấu và chữ số, có thể nối bằng dấu gạch ngang (ví dụ SKHCN, UBND-HB). "
        + "/ A unit code is letters without diacritics and digits, optionally joined by hyphens (e.g. SKHCN, UBND-HB).";

    /// <summary>Codes are kept in capitals: "ubnd-hb " is taken as UBND-HB.</summary>
    public static string Code(string? value, ValidationErrors errors) =>
        errors.Matching("code", (value ?? string.Empty).Trim().ToUpperInvariant(), Unit.CodeMaxLength, CodePattern(), CodeFormatMessage);

    public static string Name(string? value, ValidationErrors errors) =>
        errors.Text("name", Collapse(value), Unit.NameMaxLength);

    /// <summary>The English name is optional: blank means the unit has none.</summary>
    public static string? NameEn(string? value, ValidationErrors errors) =>
        Collapse(value) is { } english ? errors.Text("nameEn", english, Unit.NameMaxLength) : null;

    public static string Kind(string? value, ValidationErrors errors)
    {
        if (value is null || !UnitKinds.All.Contains(value))
        {
            errors.Add("kind", "Vui lòng chọn loại đơn vị. / Choose the kind of unit.");
            return string.Empty;
        }
        return value;
    }

    public static string DuplicateCodeMessage(string code) =>
        $"Đã có đơn vị mang mã {code}. / A unit with code {code} is already registered.";

    public static string DuplicateNameMessage(string name) =>
        $"Đã có đơn vị khác mang tên {name}. / Another unit is already named {name}.";

    /// <summary>Leading, trailing and repeated spaces are not part of a name.</summary>
    private static string? Collapse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*$")]
    private static partial Regex CodePattern();
}
