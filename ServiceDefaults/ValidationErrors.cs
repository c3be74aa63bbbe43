using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// Collects what is wrong with a request, field by field (names as the client sent them), for
/// <c>TypedResults.ValidationProblem</c> in an API and for ModelState on a page. Messages are
/// Vietnamese first, English second.
/// </summary>
public sealed class ValidationErrors
{
    public const string RequiredMessage = "Bắt buộc nhập. / This field is required.";
    public const string ControlCharactersMessage = "Có ký tự không hợp lệ. / Contains characters that are not allowed.";

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>
    /// A required single-line text: not blank, at most <paramref name="maxLength"/> characters, and
    /// storable (PostgreSQL refuses NUL; lone surrogates cannot be encoded). The value is kept as
    /// sent so that it round-trips exactly.
    /// </summary>
    public string Text(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, RequiredMessage);
            return string.Empty;
        }
        if (value.Length > maxLength)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"Tối đa {maxLength} ký tự. / At most {maxLength} characters."));
        }
        else if (!IsPlainText(value))
        {
            Add(field, ControlCharactersMessage);
        }
        return value;
    }

    /// <summary>A required text that must also match <paramref name="pattern"/>, e.g. a tax code.</summary>
    public string Matching(string field, string? value, int maxLength, Regex pattern, string formatMessage)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var text = Text(field, value, maxLength);
        if (text.Length > 0 && !_errors.ContainsKey(field) && !pattern.IsMatch(text))
        {
            Add(field, formatMessage);
        }
        return text;
    }

    /// <summary>A required value of a struct type (a date, a year) that the client left out.</summary>
    public T Required<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Add(field, RequiredMessage);
        }
        return value.GetValueOrDefault();
    }

    /// <summary>
    /// A required enum given by name ("utilitySolution"), so an unknown value is a validation error
    /// naming the field rather than a body the JSON reader refuses as a whole.
    /// </summary>
    public TEnum Choice<TEnum>(string field, string? value) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, RequiredMessage);
            return default;
        }
        if (Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !IsNumeric(value))
        {
            return parsed;
        }
        var allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(name => JsonName(name)));
        Add(field, $"Giá trị không hợp lệ; chọn một trong: {allowed}. / Unknown value; use one of: {allowed}.");
        return default;
    }

    public void Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"Phải từ {min} đến {max}. / Must be between {min} and {max}."));
        }
    }

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>The camelCase name an enum member has in JSON, in the API and in forms.</summary>
    public static string JsonName<TEnum>(TEnum value) where TEnum : struct, Enum => JsonName(value.ToString());

    private static string JsonName(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);

    private static bool IsNumeric(string value) => value.Trim().All(c => char.IsAsciiDigit(c) || c == '-');

    private static bool IsPlainText(string value)
    {
        var span = value.AsSpan();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out var rune, out var consumed) != OperationStatus.Done
                || Rune.IsControl(rune))
            {
                return false;
            }
            span = span[consumed..];
        }
        return true;
    }
}
