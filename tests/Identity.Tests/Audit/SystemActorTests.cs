using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Audit;

namespace StPlatform.Identity.Tests.Audit;

/// <summary>Changes nobody made through a page, at start-up, are the system's in the trail, not "anonymous".</summary>
[Collection(SharedIdentityService.Name)]
public sealed class SystemActorTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Seeded_units_and_users_are_recorded_as_made_by_the_system()
    {
        var officer = await fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "officer.stc").Select(u => u.Id.ToString()).SingleAsync());

        var user = Assert.Single(await AuditSamples.RowsAsync(fixture, "User", officer), r => r.Action == "created");
        var unit = Assert.Single(await AuditSamples.RowsAsync(fixture, "Unit", "STC"), r => r.Action == "created");

        Assert.All([user, unit], row =>
        {
            Assert.Equal((AuditActor.SystemId, "hệ thống / system"), (row.UserId, row.UserName));
            Assert.Null(row.UnitCode);
        });
    }
}
