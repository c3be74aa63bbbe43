using Microsoft.EntityFrameworkCore;
using StPlatform.Startups.Data;

namespace StPlatform.Startups.Tests;

/// <summary>
/// The service starts without comparing its model with the last migration's (ServiceDefaults
/// ignores EF Core's pending-changes check to start faster), so this is where a change to the
/// model that has no migration of its own is caught. No connection is opened.
/// </summary>
public sealed class ModelMigrationsTests
{
    [Fact]
    public void Every_change_to_the_startups_model_has_a_migration()
    {
        var options = new DbContextOptionsBuilder<StartupsDbContext>().UseNpgsql("Host=localhost;Database=model_only");
        StartupsDbContext.ConfigureOptions(options);
        using var db = new StartupsDbContext(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration holds: add one with dotnet ef migrations add.");
    }
}
