namespace StPlatform.Messaging.Inbox;

/// <summary>A message a consumer has applied: its effect and this row were committed together.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
