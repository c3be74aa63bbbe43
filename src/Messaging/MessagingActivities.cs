using System.Diagnostics;

namespace StPlatform.Messaging;

/// <summary>
/// The relay publishes long after the request that wrote the event has ended, on a thread of its
/// own. Starting its publish under the request's traceparent (kept in the outbox row) makes the
/// broker hop, and the consumer in another service, part of that request's trace.
/// </summary>
public static class MessagingActivities
{
    public const string SourceName = "StPlatform.Messaging";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Null when nobody listens or the row has no (valid) traceparent: the publish then starts a trace of its own.</summary>
    public static Activity? StartPublish(string? traceParent, string eventName) =>
        ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity($"outbox publish {eventName}", ActivityKind.Producer, parent)
            : null;
}
