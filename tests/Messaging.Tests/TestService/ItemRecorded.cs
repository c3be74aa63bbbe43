using StPlatform.Contracts;

namespace StPlatform.Messaging.Tests.TestService;

public sealed record ItemRecorded(Guid EventId, DateTimeOffset OccurredAt, Guid ItemId, string Name) : IIntegrationEvent
{
    /// <summary>A name the consumer rejects as invalid: never retried, straight to <c>_error</c>.</summary>
    public const string InvalidName = "invalid";

    /// <summary>A name whose effect always throws: retried in memory, then <c>_error</c>.</summary>
    public const string FailingName = "explode";
}
