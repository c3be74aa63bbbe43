using StPlatform.Identity.Data;
using StPlatform.TestSupport;

namespace StPlatform.Identity.Tests;

/// <summary>What the service no longer checks at start: see <see cref="ModelMigrations"/>.</summary>
public sealed class ModelMigrationsTests
{
    [Fact]
    public void Every_change_to_the_identity_model_has_a_migration() =>
        ModelMigrations.AssertNonePending<UsersDbContext>(UsersDbContext.ConfigureOptions, options => new UsersDbContext(options));
}
