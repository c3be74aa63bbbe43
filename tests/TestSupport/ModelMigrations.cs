using Microsoft.EntityFrameworkCore;

namespace StPlatform.TestSupport;

/// <summary>
/// Services start without comparing their model with the last migration's (ServiceDefaults ignores
/// EF Core's pending-changes check to start faster), so each service's tests catch here a change to
/// the model that has no migration of its own. No connection is opened.
/// </summary>
public static class ModelMigrations
{
    public static void AssertNonePending<TContext>(
        Action<DbContextOptionsBuilder> configureOptions, Func<DbContextOptions<TContext>, TContext> create) where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(configureOptions);
        ArgumentNullException.ThrowIfNull(create);
        var options = new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=model_only");
        configureOptions(options);
        using var db = create(options.Options);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {typeof(TContext).Name} model has changes that no migration holds: add one with dotnet ef migrations add.");
    }
}
