using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts;
using StPlatform.Messaging.Outbox;

namespace StPlatform.Startups.Tests;

/// <summary>The events the service wrote to its outbox, read back as the contract types.</summary>
internal static class Outbox
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static Task<List<TEvent>> EventsAsync<TEvent>(this StartupsFixture fixture, Func<TEvent, bool> matching)
        where TEvent : class, IIntegrationEvent =>
        fixture.WithDbAsync(async db =>
        {
            var suffix = $"{typeof(TEvent).FullName},";
            var rows = await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.Type.StartsWith(suffix))
                .OrderBy(m => m.Sequence)
                .Select(m => m.Body)
                .ToListAsync();
            return rows.Select(body => JsonSerializer.Deserialize<TEvent>(body, Options)!).Where(matching).ToList();
        });
}
