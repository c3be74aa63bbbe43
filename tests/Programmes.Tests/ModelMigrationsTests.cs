using StPlatform.Programmes.Data;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests;

/// <summary>What the service no longer checks at start: see <see cref="ModelMigrations"/>.</summary>
public sealed class ModelMigrationsTests
{
    [Fact]
    public void Every_change_to_the_programmes_model_has_a_migration() =>
        ModelMigrations.AssertNonePending<ProgrammesDbContext>(ProgrammesDbContext.ConfigureOptions, options => new ProgrammesDbContext(options));
}
