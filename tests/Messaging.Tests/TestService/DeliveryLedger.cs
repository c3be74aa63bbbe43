using System.Collections.Concurrent;
using MassTransit;

namespace StPlatform.Messaging.Tests.TestService;

/// <summary>
/// Counts every delivery a consumer sees, applied or not, and every attempt to apply one; and every
/// message the transport received at all, so that a missing event can be told apart as never
/// delivered by the broker or delivered but never handed to the consumer.
/// </summary>
public sealed class DeliveryLedger : IConsumeObserver, IReceiveObserver
{
    private int _received;
    private int _receiveFaults;

    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();

    public int Total => _deliveries.Values.Sum();

    public int Distinct => _deliveries.Count;

    /// <summary>Messages the endpoint took from the broker, before deserialisation or any consumer.</summary>
    public int Received => Volatile.Read(ref _received);

    public int ReceiveFaults => Volatile.Read(ref _receiveFaults);

    public int Of(Guid eventId) => _deliveries.GetValueOrDefault(eventId);

    /// <summary>How often the consumer tried to apply the event: retries happen inside one delivery.</summary>
    public int AttemptsOf(Guid eventId) => _attempts.GetValueOrDefault(eventId);

    public void Attempted(Guid eventId) => _attempts.AddOrUpdate(eventId, 1, (_, count) => count + 1);

    /// <summary>Set by a test once "the bug is fixed": the failing item then applies like any other.</summary>
    public bool FaultRepaired { get; set; }

    /// <summary>
    /// How long each effect takes to apply, set by a test that must catch the consumer mid-backlog
    /// however fast or slow the machine is.
    /// </summary>
    public TimeSpan HandlingDelay { get; set; }

    /// <summary>Deliveries whose broker message id was not the event id the outbox kept.</summary>
    public int ForeignMessageIds { get; private set; }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is ItemRecorded item)
        {
            _deliveries.AddOrUpdate(item.EventId, 1, (_, count) => count + 1);
            if (context.MessageId != item.EventId)
            {
                ForeignMessageIds++;
            }
        }
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public Task PreReceive(ReceiveContext context)
    {
        Interlocked.Increment(ref _received);
        return Task.CompletedTask;
    }

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Interlocked.Increment(ref _receiveFaults);
        return Task.CompletedTask;
    }
}
