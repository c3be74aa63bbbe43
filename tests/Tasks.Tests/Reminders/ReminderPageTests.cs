using System.Net;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Reminders;

[Collection(SharedTasksService.Name)]
public sealed class ReminderPageTests(TasksFixture fixture)
{
    [Fact]
    public async Task Units_officer_sees_the_reminder_on_my_tasks_marks_it_read_and_another_unit_never_sees_it()
    {
        var due = new DateOnly(2095, 12, 31);
        var task = await ReminderScannerTests.SeedAsync(fixture, due);
        await ReminderScannerTests.Scanner(fixture, new TestClock(TestClock.CityNoon(due.AddDays(-7)))).ScanAsync(CancellationToken.None);
        var reminder = await fixture.WithDbAsync(db => db.Reminders.SingleAsync(r => r.TaskId == task.Id && r.UnitCode == task.LeadUnitCodes[0]));
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, task.LeadUnitCodes[0]);
        using var stranger = fixture.CreateClient(PlatformRoles.UnitOfficer, $"UBND-{Unique.Digits(8)}");

        var before = await officer.GetStringAsync(new Uri("/tasks/mine", UriKind.Relative));
        var strangers = await stranger.GetStringAsync(new Uri("/tasks/mine", UriKind.Relative));
        using var read = await Forms.SubmitAsync(officer, "/tasks/mine?handler=Read", [new("reminder", reminder.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var after = await officer.GetStringAsync(new Uri("/tasks/mine", UriKind.Relative));

        var line = Item(before, reminder.Id);
        Assert.Contains("Sắp đến hạn", line, StringComparison.Ordinal);
        Assert.Contains(task.Title, line, StringComparison.Ordinal);
        Assert.Contains("còn 7 ngày (hạn 31/12/2095)", line, StringComparison.Ordinal);
        Assert.Contains("Due in 7 days", line, StringComparison.Ordinal);
        Assert.DoesNotContain(task.Title, strangers, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.DoesNotContain($"data-reminder=\"{reminder.Id}\"", after, StringComparison.Ordinal);
        Assert.Contains("Đã đánh dấu đã đọc", after, StringComparison.Ordinal);
        Assert.NotNull((await fixture.WithDbAsync(db => db.Reminders.SingleAsync(r => r.Id == reminder.Id))).ReadAt);
    }

    private static string Item(string html, long id)
    {
        var start = html.IndexOf($"data-reminder=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"Reminder {id} is not shown.");
        return html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Officer_cannot_mark_another_units_reminder_read()
    {
        var due = new DateOnly(2096, 12, 31);
        var task = await ReminderScannerTests.SeedAsync(fixture, due);
        await ReminderScannerTests.Scanner(fixture, new TestClock(TestClock.CityNoon(due.AddDays(-1)))).ScanAsync(CancellationToken.None);
        var theirs = await fixture.WithDbAsync(db => db.Reminders.SingleAsync(r => r.TaskId == task.Id && r.UnitCode == task.LeadUnitCodes[0]));
        var other = await ReminderScannerTests.SeedAsync(fixture, due);
        await ReminderScannerTests.Scanner(fixture, new TestClock(TestClock.CityNoon(due.AddDays(-1)))).ScanAsync(CancellationToken.None);
        using var stranger = fixture.CreateClient(PlatformRoles.UnitOfficer, other.LeadUnitCodes[0]);

        using var response = await Forms.SubmitAsync(stranger, "/tasks/mine?handler=Read", [new("reminder", theirs.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await fixture.WithDbAsync(db => db.Reminders.SingleAsync(r => r.Id == theirs.Id))).ReadAt);
    }
}
