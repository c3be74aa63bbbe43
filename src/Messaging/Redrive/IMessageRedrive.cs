namespace StPlatform.Messaging.Redrive;

/// <summary>
/// What an operator does about messages that could not be delivered or applied, once the cause is
/// fixed: send what a consumer gave up on (its <c>&lt;queue&gt;_error</c> queue) back to its queue, and
/// hand a parked outbox row back to the relay. Registered by <c>AddMessaging</c>.
/// </summary>
public interface IMessageRedrive
{
    /// <summary>
    /// Moves the messages now in <c><paramref name="queue"/>_error</c> back to <paramref name="queue"/>,
    /// each with its body, message id and headers (less the fault headers MassTransit added), oldest
    /// first. Each is removed from <c>_error</c> only once the broker confirmed its copy, so a failure
    /// half-way loses nothing. Messages that fail again and return to <c>_error</c> meanwhile are not
    /// taken a second time.
    /// </summary>
    /// <param name="queue">The consumer's queue, e.g. <c>tasks-plan-issued</c>.</param>
    /// <param name="maxMessages">At most this many; all that are there when the call starts if null.</param>
    /// <returns>How many messages were moved; 0 when there is no such <c>_error</c> queue.</returns>
    Task<int> RedriveErrorQueueAsync(string queue, int? maxMessages = null, CancellationToken cancellationToken = default);

    /// <summary>The outbox rows set aside as unpublishable, oldest first.</summary>
    Task<IReadOnlyList<ParkedMessage>> ListParkedAsync(int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands the parked row of event <paramref name="messageId"/> back to the relay with fresh attempts;
    /// the relay is woken and publishes it in its next round, with the same message id.
    /// </summary>
    /// <returns>False when no parked, unpublished row has that id.</returns>
    Task<bool> RequeueParkedAsync(Guid messageId, CancellationToken cancellationToken = default);
}

/// <summary>An outbox row the relay set aside, with the reason it gave.</summary>
public sealed record ParkedMessage(Guid MessageId, string Type, DateTimeOffset OccurredAt, DateTimeOffset ParkedAt, int Attempts, string? LastError);
