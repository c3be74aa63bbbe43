using System.Collections.Concurrent;
using System.Net.Http.Json;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Infrastructure;

/// <summary>
/// A steady write load in the background: a few clients POSTing items at a fixed pace, so that a
/// fault can be provoked in the middle of it. Every answer is kept: event ids of the 2xx, the rest
/// as failures.
/// </summary>
public sealed class PacedWriter
{
    private readonly ConcurrentBag<Guid> _acknowledged = [];
    private readonly ConcurrentBag<string> _failures = [];
    private int _attempted;

    private PacedWriter(HttpClient client, int count, TimeSpan pause, int clients)
    {
        Completion = Task.WhenAll(Enumerable.Range(0, clients).Select(c => RunClientAsync(client, c, count, clients, pause)));
    }

    public Task Completion { get; }

    public int Attempted => Volatile.Read(ref _attempted);

    public int Acknowledged => _acknowledged.Count;

    public IReadOnlyList<Guid> AcknowledgedEventIds => [.. _acknowledged];

    public IReadOnlyList<string> Failures => [.. _failures];

    /// <summary>About <paramref name="clients"/> / <paramref name="pause"/> writes a second until <paramref name="count"/>.</summary>
    public static PacedWriter Start(HttpClient client, int count, TimeSpan pause, int clients = 4) => new(client, count, pause, clients);

    public Task UntilAcknowledgedAsync(int count) =>
        Eventually.UntilAsync(() => Task.FromResult(Acknowledged), n => n >= count || Completion.IsCompleted, TimeSpan.FromSeconds(120),
            $"{count} writes acknowledged");

    private async Task RunClientAsync(HttpClient client, int clientIndex, int count, int clients, TimeSpan pause)
    {
        await Task.Yield();
        for (var i = clientIndex; i < count; i += clients)
        {
            Interlocked.Increment(ref _attempted);
            try
            {
                using var response = await client.PostAsJsonAsync(new Uri("/items", UriKind.Relative), new NewItem($"paced {i}"));
                if (response.IsSuccessStatusCode)
                {
                    _acknowledged.Add((await response.Content.ReadFromJsonAsync<RecordedItem>())!.EventId);
                }
                else
                {
                    _failures.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
            catch (HttpRequestException ex)
            {
                _failures.Add(ex.Message);
            }
            await Task.Delay(pause);
        }
    }
}
