using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts;

namespace StPlatform.Messaging.Inbox;

internal enum InboxOutcome
{
    Applied,
    Duplicate,

    /// <summary>Apply it in a transaction of its own: the shared one failed because of another message.</summary>
    Alone,

    /// <summary>Take the messages waiting and apply them in the next shared transaction.</summary>
    Lead,
}

/// <summary>One message of a consumer waiting for, or leading, a shared transaction.</summary>
internal sealed class InboxEntry<TEvent, TDbContext>(InboxConsumer<TEvent, TDbContext> consumer, ConsumeContext<TEvent> context)
    where TEvent : class, IIntegrationEvent
    where TDbContext : DbContext
{
    public InboxConsumer<TEvent, TDbContext> Consumer => consumer;

    public ConsumeContext<TEvent> Context => context;

    /// <summary>Its consume span, so that what its handler does stays in its message's trace.</summary>
    public Activity? Activity { get; } = Activity.Current;

    public TaskCompletionSource<InboxOutcome> Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Group commit for one consumer type: one transaction at a time; the messages that arrive while it
/// runs wait, and the first of them then leads the next transaction for all of them. A message
/// arriving when nothing runs goes at once, so a quiet consumer adds no delay.
/// </summary>
internal sealed class InboxGroup<TEvent, TDbContext>(int limit)
    where TEvent : class, IIntegrationEvent
    where TDbContext : DbContext
{
    private readonly Lock _gate = new();
    private readonly List<InboxEntry<TEvent, TDbContext>> _waiting = [];
    private bool _leading;

    public async Task<InboxOutcome> ApplyAsync(InboxEntry<TEvent, TDbContext> entry)
    {
        bool lead;
        lock (_gate)
        {
            _waiting.Add(entry);
            lead = !_leading;
            _leading = true;
        }
        if (!lead && await entry.Turn.Task is var outcome && outcome != InboxOutcome.Lead)
        {
            return outcome;
        }
        return await LeadAsync(entry);
    }

    private async Task<InboxOutcome> LeadAsync(InboxEntry<TEvent, TDbContext> leader)
    {
        List<InboxEntry<TEvent, TDbContext>> batch;
        lock (_gate)
        {
            _waiting.Remove(leader);
            var others = Math.Min(_waiting.Count, limit - 1);
            batch = [leader, .. _waiting.GetRange(0, others)];
            _waiting.RemoveRange(0, others);
        }
        try
        {
            return await InboxBatch.ApplyAsync(leader, batch);
        }
        finally
        {
            lock (_gate)
            {
                if (_waiting.Count > 0)
                {
                    _waiting[0].Turn.TrySetResult(InboxOutcome.Lead);
                }
                else
                {
                    _leading = false;
                }
            }
        }
    }
}

/// <summary>The groups of one service, one per consumer type.</summary>
internal sealed class InboxGroups
{
    private readonly ConcurrentDictionary<Type, object> _groups = new();

    public InboxGroup<TEvent, TDbContext> For<TEvent, TDbContext>(Type consumer, int limit)
        where TEvent : class, IIntegrationEvent
        where TDbContext : DbContext =>
        (InboxGroup<TEvent, TDbContext>)_groups.GetOrAdd(consumer, _ => new InboxGroup<TEvent, TDbContext>(limit));
}
