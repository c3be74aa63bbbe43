using System.Globalization;
using System.Text;

namespace StPlatform.ServiceDefaults.Text;

/// <summary>
/// Vietnamese text as search compares it: "Hải Phòng", "HAI PHONG" and "hai   phong" are one
/// string. Stored beside the original in a <c>search_text</c> column, so the database's trigram
/// index does the matching and no query has to fold at read time.
/// </summary>
public static class VietnameseText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }
            // Đ/đ is a letter of its own, not d with a mark: Unicode does not decompose it.
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }

    /// <summary>Joins the parts a record is found by (title, owners, numbers) into one folded text.</summary>
    public static string FoldAll(params IEnumerable<string?> parts) =>
        Fold(string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    /// <summary>
    /// A LIKE pattern that finds <paramref name="query"/> anywhere in a folded column; the user's
    /// <c>%</c>, <c>_</c> and <c>\</c> match themselves.
    /// </summary>
    public static string LikePattern(string? query)
    {
        var escaped = Fold(query).Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
