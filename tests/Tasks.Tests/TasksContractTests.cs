using StPlatform.Tasks.Tasks;
using StPlatform.Tasks.Tests.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests;

[Collection(SharedTasksService.Name)]
public sealed class TasksContractTests(TasksFixture fixture) : ServiceContractTests(fixture)
{
    protected override string ApiPath => TaskApi.Prefix;

    protected override string PagePath => "/tasks";

    protected override string PageHeading => "Giao nhiệm vụ";

    protected override string OpenApiFile => "src/Tasks/Tasks.openapi.json";

    protected override string[] RequiredFields => ["title", "leadUnitCode"];

    // A unit's tasks are not published: the list is for signed-in people.
    protected override bool ListIsPublic => false;

    // Assigned long ago, so they list after every task another test assigns.
    protected override Task SeedTrailingRecordsAsync(int count) => fixture.WithDbAsync(db =>
    {
        db.Tasks.AddRange(Enumerable.Range(1, count).Select(i =>
            SampleTasks.Entity($"Nhiệm vụ cũ số {i}", new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero))));
        return db.SaveChangesAsync();
    });
}
