namespace StPlatform.Contracts;

/// <summary>
/// What every integration event carries: its own id (which is also the message id the outbox keeps
/// and the inbox deduplicates on) and the time the change it records happened.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
