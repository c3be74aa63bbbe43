using System.Text.RegularExpressions;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// The form of a Vietnamese tax code (mã số thuế), the key every service shares an organisation by:
/// 10 digits for an enterprise, or those 10, a hyphen and 3 digits for a branch. Only the form is
/// checked: the check-digit rule is not published in a source this project can cite.
/// </summary>
public static partial class TaxCode
{
    public const int MaxLength = 14;

    public const string FormatMessage =
        "Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch và 3 chữ số (0201234567-001). / A tax code is 10 digits, or 10 digits, a hyphen and 3 digits (0201234567-001).";

    public static bool IsWellFormed(string? value) => value is not null && Form().IsMatch(value);

    // ASCII digits only: \d would let full-width digits through.
    [GeneratedRegex("^[0-9]{10}(?:-[0-9]{3})?$")]
    public static partial Regex Form();
}
