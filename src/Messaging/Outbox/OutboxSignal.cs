using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace StPlatform.Messaging.Outbox;

/// <summary>
/// Wakes the relay as soon as a transaction that wrote outbox rows commits, so that an event does
/// not wait for the next poll. Signals coalesce: many commits during one round cause one more round.
/// </summary>
internal sealed class OutboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <returns>True when woken by a commit, false when the timeout passed.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_channel.Reader.TryRead(out _))
        {
            return true;
        }
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await _channel.Reader.WaitToReadAsync(timeoutSource.Token);
            return _channel.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

/// <summary>The contexts holding outbox rows that their next commit should announce to the relay.</summary>
internal static class PendingOutbox
{
    private static readonly ConditionalWeakTable<DbContext, object> Contexts = [];

    public static void Mark(DbContext context) => Contexts.AddOrUpdate(context, Contexts);

    public static bool Take(DbContext context) => Contexts.Remove(context);
}
