using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StPlatform.Messaging;
using StPlatform.Startups.Data;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Verification;

public sealed class StaleOptions
{
    public const string Section = "Startups";

    /// <summary><c>Startups:StaleAfterMonths</c>: a verified entry not updated for this long is marked stale.</summary>
    public int StaleAfterMonths { get; set; } = 12;

    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>
/// Marks outdated entries stale every half hour and announces each (<c>OrganisationUpdated</c> with
/// <c>IsStale</c>); editing or re-verifying one makes it current again.
/// </summary>
public sealed partial class StaleMarker(IServiceScopeFactory scopes, IOptions<StaleOptions> options, TimeProvider clock, ILogger<StaleMarker> logger)
    : BackgroundService
{
    public static async Task<int> MarkAsync(StartupsDbContext db, DateTimeOffset now, int staleAfterMonths, CancellationToken cancellationToken)
    {
        var before = Workflow.StaleBefore(now, staleAfterMonths);
        var outdated = await db.Organisations
            .Where(o => o.State == VerificationState.Verified && o.LastUpdatedAt <= before)
            .ToListAsync(cancellationToken);
        var marked = 0;
        foreach (var organisation in outdated.Where(o => o.MarkStaleIfOutdated(now, staleAfterMonths)))
        {
            // Saved with the state in one transaction: announced once per transition, never lost.
            db.PublishLater(OrganisationEvents.Updated(organisation, now));
            marked++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return marked;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, clock);
        // The first round waits a tick: at start-up the migration may not have run yet.
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<StartupsDbContext>();
                var marked = await MarkAsync(db, clock.GetUtcNow(), options.Value.StaleAfterMonths, stoppingToken);
                LogMarked(marked);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; a database outage must not stop the service.
                LogFailed(exception);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Marked {Count} directory entries stale")]
    private partial void LogMarked(int count);

    [LoggerMessage(LogLevel.Warning, "Stale marking failed; trying again at the next tick")]
    private partial void LogFailed(Exception exception);
}
