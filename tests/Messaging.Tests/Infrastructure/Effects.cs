using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Infrastructure;

/// <summary>
/// What the consumer actually did, read from its database rather than from its own counts.
/// <paramref name="diagnose"/> says where the missing events are when settling times out.
/// </summary>
public sealed class Effects(string database, Func<Task<string>>? diagnose = null)
{
    public async Task<int> CountAsync()
    {
        await using var db = TestDatabase.Open(database);
        return await db.Effects.CountAsync();
    }

    public async Task<int> CountOfAsync(IReadOnlyCollection<Guid> eventIds)
    {
        await using var db = TestDatabase.Open(database);
        return await db.Effects.Where(e => eventIds.Contains(e.EventId)).Select(e => e.EventId).Distinct().CountAsync();
    }

    /// <summary>Waits until every acknowledged event has its effect, then counts what happened.</summary>
    public async Task<Tally> SettleAsync(string scenario, int attempted, IReadOnlyCollection<Guid> acknowledged, TimeSpan timeout, Func<int>? deliveries = null)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        string? diagnosis = null;
        try
        {
            await Eventually.UntilAsync(() => CountOfAsync(acknowledged), n => n == acknowledged.Count, timeout,
                $"{acknowledged.Count} effects applied");
        }
        catch (TimeoutException)
        {
            // Counted below: the tally shows how many were lost rather than a bare timeout.
            diagnosis = diagnose is null ? null : await diagnose();
        }
        await using var db = TestDatabase.Open(database);
        var perEvent = await db.Effects.GroupBy(e => e.EventId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var applied = perEvent.Where(e => acknowledged.Contains(e.Key)).ToList();
        return new Tally(
            scenario,
            attempted,
            acknowledged.Count,
            applied.Count,
            acknowledged.Count - applied.Count,
            perEvent.Sum(e => e.Count - 1),
            deliveries?.Invoke() ?? 0)
        {
            Diagnosis = diagnosis,
        };
    }
}
