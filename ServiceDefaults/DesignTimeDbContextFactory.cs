using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model without its host (which needs
/// connection strings) and without a live database: generating a migration never connects.
/// Give it the same <paramref name="configureOptions"/> as <c>AddNpgsqlDbContext</c>.
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext>(Action<DbContextOptionsBuilder>? configureOptions = null)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design_time_only");
        configureOptions?.Invoke(options);
        return Create(options.Options);
    }

    protected abstract TContext Create(DbContextOptions<TContext> options);
}
