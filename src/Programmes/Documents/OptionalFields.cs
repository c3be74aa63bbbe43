using System.Text.RegularExpressions;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Documents;

/// <summary>Optional texts: blank means absent; a value given is held to the same rules as a required one.</summary>
public static class OptionalFields
{
    public static string? OptionalText(this ValidationErrors errors, string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : (errors ?? throw new ArgumentNullException(nameof(errors))).Text(field, value, maxLength);

    public static string? OptionalMatching(this ValidationErrors errors, string field, string? value, int maxLength, Regex pattern, string message) =>
        string.IsNullOrWhiteSpace(value) ? null : (errors ?? throw new ArgumentNullException(nameof(errors))).Matching(field, value, maxLength, pattern, message);
}
