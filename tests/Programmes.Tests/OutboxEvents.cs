using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging.Outbox;

namespace StPlatform.Programmes.Tests;

/// <summary>The events the service wrote to its outbox, read back as the relay publishes them.</summary>
internal static class OutboxEvents
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static Task<List<T>> OfTypeAsync<T>(ProgrammesFixture fixture, Func<T, bool> match) => fixture.WithDbAsync(async db =>
    {
        var type = $"{typeof(T).FullName}, ";
        var bodies = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.StartsWith(type)).OrderBy(m => m.Sequence).Select(m => m.Body).ToListAsync();
        return bodies.Select(b => JsonSerializer.Deserialize<T>(b, Web)!).Where(match).ToList();
    });

    /// <summary>Polls (up to 10 s) until <paramref name="condition"/> holds; consumers apply events asynchronously.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var value = await read();
        while (!condition(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }
        return value;
    }
}
