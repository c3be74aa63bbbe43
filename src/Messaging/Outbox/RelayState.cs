namespace StPlatform.Messaging.Outbox;

/// <summary>What the relay last saw, for the health check and the gauges; written by the relay only.</summary>
internal sealed class RelayState
{
    private long _pendingCount;
    private long _parkedCount;
    private long _oldestPendingTicks;
    private long _brokerFailingSinceTicks;
    private long _databaseFailingSinceTicks;

    public long PendingCount => Interlocked.Read(ref _pendingCount);

    public long ParkedCount => Interlocked.Read(ref _parkedCount);

    public DateTimeOffset? OldestPendingAt => FromTicks(ref _oldestPendingTicks);

    public DateTimeOffset? BrokerFailingSince => FromTicks(ref _brokerFailingSinceTicks);

    public DateTimeOffset? DatabaseFailingSince => FromTicks(ref _databaseFailingSinceTicks);

    public void SetDepth(long pending, long parked, DateTimeOffset? oldestPendingAt)
    {
        Interlocked.Exchange(ref _pendingCount, pending);
        Interlocked.Exchange(ref _parkedCount, parked);
        Interlocked.Exchange(ref _oldestPendingTicks, oldestPendingAt?.UtcTicks ?? 0);
    }

    public void BrokerFailed(DateTimeOffset now) => Interlocked.CompareExchange(ref _brokerFailingSinceTicks, now.UtcTicks, 0);

    public void BrokerSucceeded() => Interlocked.Exchange(ref _brokerFailingSinceTicks, 0);

    public void DatabaseFailed(DateTimeOffset now) => Interlocked.CompareExchange(ref _databaseFailingSinceTicks, now.UtcTicks, 0);

    public void DatabaseSucceeded() => Interlocked.Exchange(ref _databaseFailingSinceTicks, 0);

    private static DateTimeOffset? FromTicks(ref long ticks)
    {
        var value = Interlocked.Read(ref ticks);
        return value == 0 ? null : new DateTimeOffset(value, TimeSpan.Zero);
    }
}
