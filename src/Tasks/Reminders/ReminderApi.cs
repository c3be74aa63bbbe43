using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Reminders;

public static class ReminderApi
{
    public static IEndpointRouteBuilder MapReminderApi(this IEndpointRouteBuilder app)
    {
        var reminders = app.MapGroup($"{TaskApi.Prefix}/reminders").WithTags("Reminders").RequireAuthorization(PlatformPolicies.ReadTasks);

        reminders.MapGet("/", ListMyReminders)
            .WithName(nameof(ListMyReminders))
            .WithSummary("Lists the caller's unit's unread reminders (deadline near, overdue, report due), overdue first.");
        reminders.MapPost("/{id:long}/read", MarkReminderRead)
            .WithName(nameof(MarkReminderRead))
            .WithSummary("Marks one of the caller's unit's reminders read, for the whole unit.");
        return app;
    }

    public static async Task<Ok<List<ReminderView>>> ListMyReminders(TasksDbContext db, CurrentUser user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ReminderView.UnreadFor(db, user.UnitCode).ToListAsync(cancellationToken));

    public static async Task<Results<NoContent, NotFound>> MarkReminderRead(
        long id, TasksDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken) =>
        await MarkReadAsync(db, user, id, clock.GetUtcNow(), cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>False when the reminder is not the caller's unit's: another unit's is answered as absent.</summary>
    public static async Task<bool> MarkReadAsync(TasksDbContext db, CurrentUser user, long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var unit = user.UnitCode;
        var reminder = await db.Reminders.SingleOrDefaultAsync(r => r.Id == id && unit != null && r.UnitCode == unit, cancellationToken);
        if (reminder is null)
        {
            return false;
        }
        if (reminder.ReadAt is null)
        {
            reminder.ReadAt = now;
            reminder.ReadBy = user.Id;
            await db.SaveChangesAsync(cancellationToken);
        }
        return true;
    }
}
