using System.Text.RegularExpressions;
using StPlatform.ServiceDefaults.Text;

namespace StPlatform.Startups.Organisations;

/// <summary>
/// How the directory decides that two names are the same organisation: folded (no diacritics,
/// lower case, đ → d, legal forms abbreviated one way) and compared by trigrams as pg_trgm does,
/// so "Công ty Cổ phần Công nghệ Hải Phòng" and "CONG TY CP CONG NGHE HAI PHONG" are one name.
/// </summary>
public static partial class OrganisationNames
{
    /// <summary>Near-identical: a typo or a missing word in a long name, not a sister company.</summary>
    public const double NearIdenticalSimilarity = 0.8;

    public static string Fold(string? name)
    {
        var folded = VietnameseText.Fold(name);
        foreach (var (longForm, shortForm) in LegalForms)
        {
            folded = folded.Replace(longForm, shortForm, StringComparison.Ordinal);
        }
        return Spaces().Replace(Punctuation().Replace(folded, " "), " ").Trim();
    }

    public static bool AreNearIdentical(string? first, string? second) =>
        Similarity(Fold(first), Fold(second)) >= NearIdenticalSimilarity;

    /// <summary>pg_trgm's similarity: shared trigrams over all trigrams of the two padded word lists.</summary>
    public static double Similarity(string first, string second)
    {
        var a = Trigrams(first);
        var b = Trigrams(second);
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }
        var shared = a.Count(b.Contains);
        return shared / (double)(a.Count + b.Count - shared);
    }

    private static HashSet<string> Trigrams(string text)
    {
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var padded = $"  {word} ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                trigrams.Add(padded.Substring(i, 3));
            }
        }
        return trigrams;
    }

    private static readonly (string Long, string Short)[] LegalForms =
    [
        ("cong ty co phan", "cong ty cp"),
        ("trach nhiem huu han", "tnhh"),
        ("mot thanh vien", "mtv"),
        ("doanh nghiep tu nhan", "dntn"),
        ("khoa hoc va cong nghe", "khcn"),
        ("khoa hoc cong nghe", "khcn"),
        ("kh&cn", "khcn"),
    ];

    [GeneratedRegex(@"[^\p{L}\p{N}&]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
