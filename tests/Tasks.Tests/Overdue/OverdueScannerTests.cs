using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StPlatform.Contracts.Tasks;
using StPlatform.Messaging.Outbox;
using StPlatform.Tasks.Overdue;
using StPlatform.Tasks.Tasks;
using StPlatform.Tasks.Tests.Tasks;

namespace StPlatform.Tasks.Tests.Overdue;

[Collection(SharedTasksService.Name)]
public sealed class OverdueScannerTests(TasksFixture fixture)
{
    [Fact]
    public async Task Open_task_is_announced_overdue_once_the_day_after_its_deadline_and_only_once()
    {
        // Far in the future, so the service's own scanner, on the real clock, never sees it overdue.
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
        task.DueDate = new DateOnly(2090, 6, 30);
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.Add(task);
            return db.SaveChangesAsync();
        });
        // 30/06 23:00 in the city; then 01/07 00:30.
        var clock = new TestClock(new DateTimeOffset(2090, 6, 30, 16, 0, 0, TimeSpan.Zero));
        var scanner = new OverdueScanner(fixture.Service.Services.GetRequiredService<IServiceScopeFactory>(), clock,
            new ConfigurationBuilder().Build(), NullLogger<OverdueScanner>.Instance);

        await scanner.ScanAsync(CancellationToken.None);
        var before = await AnnouncementsAsync(task.Id);
        clock.Now = clock.Now.AddMinutes(90);
        await scanner.ScanAsync(CancellationToken.None);
        await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal(0, before);
        Assert.Equal(1, await AnnouncementsAsync(task.Id));
        Assert.NotNull((await fixture.WithDbAsync(db => db.Tasks.SingleAsync(t => t.Id == task.Id))).OverdueNotifiedAt);
    }

    private async Task<int> AnnouncementsAsync(Guid taskId) =>
        (await fixture.WithDbAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.Type.StartsWith(typeof(TaskBecameOverdue).FullName!)).Select(m => m.Body).ToListAsync()))
        .Count(body => body.Contains(taskId.ToString(), StringComparison.Ordinal));
}
