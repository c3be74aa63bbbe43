using System.Globalization;

namespace StPlatform.Dashboard.Pages;

public static class Format
{
    public static string Duration(TimeSpan duration) =>
        duration.TotalMilliseconds >= 1000
            ? duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s"
            : duration.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Percent(double value) => value.ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
