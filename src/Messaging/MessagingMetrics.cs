using System.Diagnostics.Metrics;
using StPlatform.Messaging.Outbox;

namespace StPlatform.Messaging;

/// <summary>
/// The instruments of meter <c>StPlatform.Messaging</c>: how much waits in the outbox, how long the
/// broker takes to confirm, how many rows a relay round carries, and how far consumers lag behind
/// the changes they apply.
/// </summary>
public sealed class MessagingMetrics
{
    public const string MeterName = "StPlatform.Messaging";

    /// <summary>The histogram of rows per relay round.</summary>
    public const string RelayRoundSize = "stplatform.messaging.relay.round_size";

    private readonly Histogram<double> _publishDuration;
    private readonly Histogram<double> _consumerLag;
    private readonly Histogram<int> _relayRoundRows;
    private readonly Counter<long> _published;
    private readonly Counter<long> _publishFailures;
    private readonly Counter<long> _duplicates;

    internal MessagingMetrics(IMeterFactory meterFactory, RelayState state)
    {
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("stplatform.messaging.outbox.depth", () => state.PendingCount, "{message}",
            "Outbox rows waiting to be published.");
        meter.CreateObservableGauge("stplatform.messaging.outbox.parked", () => state.ParkedCount, "{message}",
            "Outbox rows set aside because they cannot be published.");
        _publishDuration = meter.CreateHistogram<double>("stplatform.messaging.publish.duration", "ms",
            "Time from handing an outbox row to the bus until the broker confirmed it.");
        _consumerLag = meter.CreateHistogram<double>("stplatform.messaging.consumer.lag", "ms",
            "Time from the event's OccurredAt until a consumer committed its effect.");
        _relayRoundRows = meter.CreateHistogram<int>(RelayRoundSize, "{message}",
            "Outbox rows one relay round took to publish: near 1 under steady load means a round, its select, update and commit, for every event.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 200] });
        _published = meter.CreateCounter<long>("stplatform.messaging.outbox.published", "{message}");
        _publishFailures = meter.CreateCounter<long>("stplatform.messaging.outbox.publish_failures", "{message}");
        _duplicates = meter.CreateCounter<long>("stplatform.messaging.inbox.duplicates", "{message}",
            "Deliveries acknowledged without effect because the inbox had already applied them.");
    }

    internal void RecordPublished(TimeSpan duration)
    {
        _publishDuration.Record(duration.TotalMilliseconds);
        _published.Add(1);
    }

    internal void RecordRound(int rows) => _relayRoundRows.Record(rows);

    internal void RecordPublishFailures(int count) => _publishFailures.Add(count);

    internal void RecordConsumed(DateTimeOffset occurredAt) =>
        _consumerLag.Record(Math.Max(0, (DateTimeOffset.UtcNow - occurredAt).TotalMilliseconds));

    internal void RecordDuplicate() => _duplicates.Add(1);
}
