namespace StPlatform.Messaging.Outbox;

/// <summary>
/// An event waiting to be published, written in the same transaction as the change that caused it.
/// <see cref="Sequence"/> gives the publishing order; <see cref="MessageId"/> is the event's id and
/// becomes the message id on the broker.
/// </summary>
public sealed class OutboxMessage
{
    public long Sequence { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>The CLR type as <c>Namespace.Type, Assembly</c>: what the relay deserialises the body into.</summary>
    public required string Type { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The W3C traceparent of the request that wrote the row: the relay publishes under it, so the
    /// consumer's work in another service joins the request's trace.
    /// </summary>
    public string? TraceParent { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Set when the row cannot be published; it then waits for an operator and blocks nothing.</summary>
    public DateTimeOffset? ParkedAt { get; set; }

    public string? LastError { get; set; }
}
