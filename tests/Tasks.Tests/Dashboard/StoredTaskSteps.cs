using Microsoft.EntityFrameworkCore;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Tests.Dashboard;

/// <summary>
/// A stored task changed as the service changes one: loaded, stepped, saved in a transaction of
/// its own, so the database's counter triggers run as they do for a real request.
/// </summary>
internal static class StoredTaskSteps
{
    public static readonly TaskActor Office = new("task-office", "VP-SKHCN", IsTaskOffice: true);

    public static Task<int> ChangeAsync(this TasksFixture fixture, Guid id, Action<TaskItem> change) => fixture.WithDbAsync(async db =>
    {
        var task = await db.Tasks.SingleAsync(t => t.Id == id);
        change(task);
        return await db.SaveChangesAsync();
    });

    /// <summary>Reported done by its first lead unit and confirmed by the office, both at noon in the city on <paramref name="on"/>.</summary>
    public static Task<int> CompleteAsync(this TasksFixture fixture, Guid id, DateOnly on) => fixture.ChangeAsync(id, t =>
    {
        Assert.Equal(TransitionOutcome.Done, t.ReportDone(new TaskActor("lead", t.LeadUnitCodes[0], false), "Biên bản nghiệm thu", TestClock.CityNoon(on)).Outcome);
        Assert.Equal(TransitionOutcome.Done, t.Confirm(Office, TestClock.CityNoon(on)).Outcome);
    });
}
