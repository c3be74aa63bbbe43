using System.Globalization;

namespace StPlatform.ServiceDefaults;

/// <summary>How values read on a page, whatever the server's culture: dates as dd/MM/yyyy.</summary>
public static class Display
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "—";

    /// <summary>The date in the city, not on the server's clock.</summary>
    public static string Date(DateTimeOffset moment) =>
        moment.ToOffset(CityTime.Offset).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The value an <c>&lt;input type="date"&gt;</c> expects.</summary>
    public static string InputDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
