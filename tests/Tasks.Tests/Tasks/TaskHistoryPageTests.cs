using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Tests.Tasks;

[Collection(SharedTasksService.Name)]
public sealed class TaskHistoryPageTests(TasksFixture fixture)
{
    [Fact]
    public async Task History_on_the_task_page_reads_in_vietnamese_with_english_not_enum_names()
    {
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
        task.LeadUnitCodes = ["SXD"];
        var office = new TaskActor("office", "SKHCN", IsTaskOffice: true);
        task.Record(office, DateTimeOffset.UtcNow, TaskAction.Assigned);
        task.Record(new TaskActor("officer", "SXD", IsTaskOffice: false), DateTimeOffset.UtcNow, TaskAction.Acknowledged);
        task.Record(office, DateTimeOffset.UtcNow, TaskAction.Extended, "Chờ kinh phí", new DateOnly(2099, 6, 30), new DateOnly(2099, 12, 31));
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.Add(task);
            return db.SaveChangesAsync();
        });
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, "SXD");

        var html = await officer.GetStringAsync(new Uri($"/tasks/{task.Id}", UriKind.Relative));
        var history = html[html.IndexOf("Lịch sử", StringComparison.Ordinal)..];

        Assert.Contains("Giao nhiệm vụ / Assigned", history, StringComparison.Ordinal);
        Assert.Contains("Tiếp nhận nhiệm vụ / Acknowledged", history, StringComparison.Ordinal);
        Assert.Contains("Gia hạn / Extended", history, StringComparison.Ordinal);
        Assert.DoesNotContain(": Assigned,", history, StringComparison.Ordinal);
    }
}
