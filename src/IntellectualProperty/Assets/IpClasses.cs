using System.Globalization;
using System.Text.RegularExpressions;
using StPlatform.Contracts.IntellectualProperty;

namespace StPlatform.IntellectualProperty.Assets;

/// <summary>
/// The classification each object type is filed under: IPC for patents and utility solutions
/// ("A01B 1/00"), Locarno for industrial designs ("06-01", classes 01-32), Nice for marks (1-45).
/// Geographical indications and layout designs carry none.
/// </summary>
public static partial class IpClasses
{
    public const int MaxClasses = 50;

    public static string Scheme(IpObjectType type) => type switch
    {
        IpObjectType.Patent or IpObjectType.UtilitySolution => "IPC",
        IpObjectType.IndustrialDesign => "Locarno",
        IpObjectType.Trademark => "Nice",
        _ => "—",
    };

    /// <summary>The class in its canonical form, or null with <paramref name="error"/> saying what form was expected.</summary>
    public static string? Normalise(IpObjectType type, string value, out string? error)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim().ToUpperInvariant();
        error = null;
        switch (type)
        {
            case IpObjectType.Patent or IpObjectType.UtilitySolution:
                text = Whitespace().Replace(text, " ");
                if (Ipc().IsMatch(text))
                {
                    return text;
                }
                error = $"\"{value}\" không đúng dạng phân loại IPC, ví dụ A01B 1/00. / \"{value}\" is not an IPC class such as A01B 1/00.";
                return null;
            case IpObjectType.IndustrialDesign:
                if (Locarno().Match(text) is { Success: true } locarno && int.Parse(locarno.Groups[1].Value, CultureInfo.InvariantCulture) is >= 1 and <= 32)
                {
                    return text;
                }
                error = $"\"{value}\" không đúng dạng phân loại Locarno (lớp 01-32), ví dụ 06-01. / \"{value}\" is not a Locarno class (01-32) such as 06-01.";
                return null;
            case IpObjectType.Trademark:
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var nice) && nice is >= 1 and <= 45)
                {
                    return nice.ToString("00", CultureInfo.InvariantCulture);
                }
                error = $"\"{value}\" không phải nhóm Nice từ 1 đến 45. / \"{value}\" is not a Nice class from 1 to 45.";
                return null;
            default:
                error = "Chỉ dẫn địa lý và thiết kế bố trí không có phân loại. / Geographical indications and layout designs carry no classes.";
                return null;
        }
    }

    // Section A-H, class two digits, subclass letter, main group 1-4 digits, subgroup 2-6 digits.
    [GeneratedRegex(@"^[A-H][0-9]{2}[A-Z] [0-9]{1,4}/[0-9]{2,6}$")]
    private static partial Regex Ipc();

    [GeneratedRegex(@"^([0-9]{2})-[0-9]{2}$")]
    private static partial Regex Locarno();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
