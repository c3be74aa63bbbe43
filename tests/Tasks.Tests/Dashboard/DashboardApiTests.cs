using System.Net;
using System.Net.Http.Json;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Dashboard;
using StPlatform.Tasks.Tasks;
using StPlatform.Tasks.Tests.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Dashboard;

[Collection(SharedTasksService.Name)]
public sealed class DashboardApiTests(TasksFixture fixture)
{
    /// <summary>A unit of its own leading two tasks due in 2025: one completed on time, one still open (overdue).</summary>
    private async Task<string> SeedUnitAsync()
    {
        var unit = $"UBND-{Unique.Digits(8)}";
        TaskItem Task(TaskState state, DateOnly due, DateOnly? completed)
        {
            var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
            (task.LeadUnitCodes, task.State, task.DueDate, task.CompletedOn) = ([unit], state, due, completed);
            return task;
        }
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.AddRange(Task(TaskState.Completed, new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 1)),
                Task(TaskState.InProgress, new DateOnly(2025, 10, 31), null));
            return db.SaveChangesAsync();
        });
        return unit;
    }

    [Fact]
    public async Task Office_reads_every_units_figures_for_a_period()
    {
        var unit = await SeedUnitAsync();
        using var office = fixture.CreateClient(PlatformRoles.TaskOffice, "SKHCN");

        var units = await office.GetFromJsonAsync<List<Figures>>(new Uri("/api/tasks/dashboard/units?period=2025-Y", UriKind.Relative));

        var row = Assert.Single(units!, f => f.Key == unit);
        Assert.Equal("1/2 hoàn thành, 1 quá hạn", row.Summary);
        Assert.Equal(1, row.CompletedOnTime);
    }

    [Fact]
    public async Task Units_officer_reads_its_own_figures_and_not_another_units()
    {
        var unit = await SeedUnitAsync();
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, unit);

        var own = await officer.GetFromJsonAsync<Figures>(new Uri($"/api/tasks/dashboard/units/{unit}", UriKind.Relative));
        using var other = await officer.GetAsync(new Uri("/api/tasks/dashboard/units/SYT", UriKind.Relative));
        using var all = await officer.GetAsync(new Uri("/api/tasks/dashboard/units", UriKind.Relative));

        Assert.Equal("1/2 hoàn thành, 1 quá hạn", own!.Summary);
        await ProblemAssert.IsProblemAsync(other, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, all.StatusCode);
    }

    [Fact]
    public async Task Unknown_period_is_a_problem_naming_the_period()
    {
        var unit = await SeedUnitAsync();
        using var officer = fixture.CreateClient(PlatformRoles.UnitOfficer, unit);

        using var response = await officer.GetAsync(new Uri($"/api/tasks/dashboard/units/{unit}?period=2025-Q9", UriKind.Relative));

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "period");
    }
}
