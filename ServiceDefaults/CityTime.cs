namespace StPlatform.ServiceDefaults;

/// <summary>
/// Dates as the city lives them: Vietnam is UTC+7 all year (no daylight saving), so a task
/// assigned at 23:30 UTC belongs to the next day there.
/// </summary>
public static class CityTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().ToOffset(Offset).DateTime);
}
