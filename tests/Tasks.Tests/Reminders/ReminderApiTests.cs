using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Reminders;

[Collection(SharedTasksService.Name)]
public sealed class ReminderApiTests(TasksFixture fixture)
{
    [Fact]
    public async Task Unit_reads_its_overdue_reminder_by_the_api_and_marks_it_read_where_another_unit_cannot()
    {
        var due = new DateOnly(2097, 4, 30);
        var task = await ReminderScannerTests.SeedAsync(fixture, due);
        await ReminderScannerTests.Scanner(fixture, new TestClock(TestClock.CityNoon(due.AddDays(2)))).ScanAsync(CancellationToken.None);
        var id = (await fixture.WithDbAsync(db => db.Reminders.SingleAsync(r => r.TaskId == task.Id && r.UnitCode == task.CoordinatingUnitCodes[0])))
            .Id.ToString(CultureInfo.InvariantCulture);
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, task.CoordinatingUnitCodes[0]);
        using var stranger = fixture.CreateClient(PlatformRoles.UnitOfficer, task.LeadUnitCodes[0]);

        var listed = await officer.GetStringAsync(new Uri("/api/tasks/reminders", UriKind.Relative));
        using var refused = await stranger.PostAsync(new Uri($"/api/tasks/reminders/{id}/read", UriKind.Relative), null);
        using var read = await officer.PostAsync(new Uri($"/api/tasks/reminders/{id}/read", UriKind.Relative), null);
        var after = await officer.GetStringAsync(new Uri("/api/tasks/reminders", UriKind.Relative));

        Assert.Contains(task.Title, listed, StringComparison.Ordinal);
        Assert.Contains("Quá hạn / Overdue", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.DoesNotContain(task.Title, after, StringComparison.Ordinal);
    }
}
