using StPlatform.Tasks.Data;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests;

/// <summary>What the service no longer checks at start: see <see cref="ModelMigrations"/>.</summary>
public sealed class ModelMigrationsTests
{
    [Fact]
    public void Every_change_to_the_tasks_model_has_a_migration() =>
        ModelMigrations.AssertNonePending<TasksDbContext>(TasksDbContext.ConfigureOptions, options => new TasksDbContext(options));
}
