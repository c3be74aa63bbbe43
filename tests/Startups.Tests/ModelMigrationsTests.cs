using StPlatform.Startups.Data;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests;

/// <summary>What the service no longer checks at start: see <see cref="ModelMigrations"/>.</summary>
public sealed class ModelMigrationsTests
{
    [Fact]
    public void Every_change_to_the_startups_model_has_a_migration() =>
        ModelMigrations.AssertNonePending<StartupsDbContext>(StartupsDbContext.ConfigureOptions, options => new StartupsDbContext(options));
}
