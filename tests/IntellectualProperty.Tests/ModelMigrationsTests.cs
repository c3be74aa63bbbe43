using StPlatform.IntellectualProperty.Data;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests;

/// <summary>What the service no longer checks at start: see <see cref="ModelMigrations"/>.</summary>
public sealed class ModelMigrationsTests
{
    [Fact]
    public void Every_change_to_the_IP_model_has_a_migration() =>
        ModelMigrations.AssertNonePending<IpDbContext>(IpDbContext.ConfigureOptions, options => new IpDbContext(options));
}
