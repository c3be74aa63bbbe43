using System.Globalization;

namespace StPlatform.TestSupport;

/// <summary>Values no other test uses, so tests never depend on each other's data.</summary>
public static class Unique
{
    public static string Suffix() => Guid.NewGuid().ToString("N")[..12];

    public static string Digits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => Random.Shared.Next(10).ToString(CultureInfo.InvariantCulture)));
}
