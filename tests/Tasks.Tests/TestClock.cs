namespace StPlatform.Tasks.Tests;

/// <summary>A clock a test moves by hand.</summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Noon in the city (UTC+7) on <paramref name="day"/>.</summary>
    public static DateTimeOffset CityNoon(DateOnly day) => new(day.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero);
}
