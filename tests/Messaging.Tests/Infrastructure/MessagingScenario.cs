using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging.Inbox;
using StPlatform.Messaging.Outbox;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Infrastructure;

/// <summary>What every test here starts from: a database and a queue prefix of its own.</summary>
[Collection(BrokerAndDatabase.Name)]
public abstract class MessagingScenario(MessagingInfrastructure infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    // Generous: the suite runs test projects side by side on 2 cores, and two full runs of
    // 2026-11-24 each saw one scenario settle later than 60 s (cause not yet found).
    protected static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(150);

    private ServiceSetup? _setup;
    private TestServiceHost? _lastService;

    protected MessagingInfrastructure Infrastructure => infrastructure;

    protected Broker Broker => infrastructure.Broker;

    protected ITestOutputHelper Output => output;

    protected ServiceSetup Setup => _setup ?? throw new InvalidOperationException("Not initialised.");

    protected Effects Effects => new(Setup.Database, DiagnoseAsync);

    protected string ConsumerQueue => new KebabCaseEndpointNameFormatter(Setup.EndpointPrefix, false).Consumer<ItemRecordedConsumer>();

    public async Task InitializeAsync() => _setup = await infrastructure.NewServiceAsync();

    public async Task DisposeAsync()
    {
        // A fault test restores the broker itself; this only keeps later tests' events out of our queues.
        await Broker.DeleteQueuesAsync(ConsumerQueue, $"{ConsumerQueue}_error", $"{ConsumerQueue}_skipped");
    }

    protected async Task<TestServiceHost> StartServiceAsync(bool consumes = true, Action<MessagingOptions>? configure = null)
    {
        var service = await TestServiceHost.StartAsync(Setup, consumes, configure);
        _lastService = service;
        return service;
    }

    /// <summary><see cref="Eventually.UntilAsync"/> within <see cref="SettleTimeout"/>, saying where the events stand if it times out.</summary>
    protected async Task<T> SettleOnAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        try
        {
            return await Eventually.UntilAsync(probe, done, SettleTimeout, what);
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} {await DiagnoseAsync()}", timeout);
        }
    }

    /// <summary>
    /// Where the events of this scenario are: still in the outbox (and why), in the consumer's
    /// queue (and whether anyone consumes it), in <c>_error</c>, or recorded by the inbox.
    /// </summary>
    protected async Task<string> DiagnoseAsync()
    {
        try
        {
            await using var db = TestDatabase.Open(Setup.Database);
            var outbox = db.Set<OutboxMessage>();
            var pending = await outbox.CountAsync(m => m.PublishedAt == null && m.ParkedAt == null);
            var published = await outbox.CountAsync(m => m.PublishedAt != null);
            var retried = await outbox.CountAsync(m => m.Attempts > 1 || m.LastError != null);
            var lastError = await outbox.Where(m => m.LastError != null).Select(m => m.LastError).FirstOrDefaultAsync();
            var inbox = await db.Set<InboxMessage>().CountAsync();
            var effects = await db.Effects.CountAsync();
            var queue = await Broker.QueueStateAsync(ConsumerQueue);
            var counts = await Broker.QueueCountsAsync(ConsumerQueue);
            var errors = await Broker.QueueStateAsync($"{ConsumerQueue}_error");
            var skipped = await Broker.QueueStateAsync($"{ConsumerQueue}_skipped");
            var ledger = _lastService?.Ledger;
            var transport = ledger is null ? "no service" : $"received {ledger.Received} (faults {ledger.ReceiveFaults}), consumer saw {ledger.Total}";
            // Which published events the inbox lacks, and where they stood among the others: the first
            // ones point at the queue's binding, ones in the middle at delivery.
            var received = db.Set<InboxMessage>().Select(i => i.MessageId);
            var missing = await outbox.Where(m => m.PublishedAt != null && !received.Contains(m.MessageId))
                .OrderBy(m => m.Sequence).Select(m => new { m.Sequence, m.PublishedAt }).Take(10).ToListAsync();
            var sequences = await outbox.GroupBy(_ => 1).Select(g => new { First = g.Min(m => m.Sequence), Last = g.Max(m => m.Sequence) }).FirstOrDefaultAsync();
            var missingText = string.Join(", ", missing.Select(m => string.Create(CultureInfo.InvariantCulture, $"#{m.Sequence} published {m.PublishedAt:HH:mm:ss.fff}")));
            return string.Create(CultureInfo.InvariantCulture,
                $"at {DateTimeOffset.UtcNow:HH:mm:ss.fff}: outbox pending={pending} published={published} retried={retried} last-error={lastError ?? "none"}; "
                + $"queue {queue} ({counts}); _error {errors}; _skipped {skipped}; last service's endpoints {transport}; inbox={inbox} effects={effects}; "
                + $"published but not received: [{missingText}] of #{sequences?.First}..#{sequences?.Last}");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"(diagnosis failed: {ex.GetType().Name}: {ex.Message})";
        }
    }

    protected static async Task<RecordedItem> PostItemAsync(HttpClient client, string name)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsJsonAsync(new Uri("/items", UriKind.Relative), new NewItem(name));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<RecordedItem>())!;
    }

    /// <summary>
    /// Commits <paramref name="count"/> items with their events straight into the database, a
    /// hundred per transaction: a backlog made fast, without a relay running.
    /// </summary>
    protected async Task<IReadOnlyList<Guid>> SeedItemsAsync(int count)
    {
        var eventIds = new List<Guid>(count);
        foreach (var chunk in Enumerable.Range(0, count).Chunk(100))
        {
            await using var db = TestDatabase.Open(Setup.Database);
            foreach (var i in chunk)
            {
                var recorded = new ItemRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), $"seeded {i}");
                db.Items.Add(new Item { Id = recorded.ItemId, Name = recorded.Name });
                db.PublishLater(recorded);
                eventIds.Add(recorded.EventId);
            }
            await db.SaveChangesAsync();
        }
        return eventIds;
    }

    /// <summary>
    /// POSTs <paramref name="count"/> items, a few at a time, and returns the event ids of those
    /// answered 2xx. Any other answer is kept in <paramref name="failures"/> for the assertion.
    /// </summary>
    protected static async Task<IReadOnlyList<Guid>> WriteItemsAsync(HttpClient client, int count, ConcurrentBag<string>? failures = null, string name = "item")
    {
        ArgumentNullException.ThrowIfNull(client);
        var acknowledged = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            using var response = await client.PostAsJsonAsync(new Uri("/items", UriKind.Relative), new NewItem($"{name} {i}"), ct);
            if (response.IsSuccessStatusCode)
            {
                var recorded = await response.Content.ReadFromJsonAsync<RecordedItem>(ct);
                acknowledged.Add(recorded!.EventId);
            }
            else
            {
                failures?.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
            }
        });
        return [.. acknowledged];
    }
}
