namespace StPlatform.Messaging.Outbox;

internal static class Backoff
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(100);

    /// <summary>100 ms, doubling with each failure, never more than <paramref name="max"/>.</summary>
    public static TimeSpan After(int failures, TimeSpan max) =>
        failures <= 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Math.Min(First.TotalMilliseconds * Math.Pow(2, failures - 1), max.TotalMilliseconds));
}
