namespace StPlatform.Gateway.Tests.Support;

internal static class Eventually
{
    /// <summary>Polls until <paramref name="condition"/> holds or the time is up; returns the last value.</summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var value = await probe();
        while (!condition(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            value = await probe();
        }
        return value;
    }
}
