using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Owners;
using StPlatform.IntellectualProperty.Search;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Http;

namespace StPlatform.IntellectualProperty.Data;

public sealed class IpDbContext(DbContextOptions<IpDbContext> options) : DbContext(options)
{
    public DbSet<IpAsset> Assets => Set<IpAsset>();

    public DbSet<IpOwner> Owners => Set<IpOwner>();

    public DbSet<KnownOrganisation> Organisations => Set<KnownOrganisation>();

    /// <summary>Shared by the host and the design-time factory, so migrations match the running model.</summary>
    public static void ConfigureOptions(DbContextOptionsBuilder options) =>
        options.UseSnakeCaseNamingConvention().AddInterceptors(PlannerSettings.Interceptor);

    /// <summary>Planner settings the next query carries (<see cref="PlannerSettings"/>); cleared when sent.</summary>
    internal string? PendingPlannerSettings { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        // TABLESAMPLE SYSTEM_ROWS: the search's probe reads a fixed number of rows, whatever the table's size.
        modelBuilder.HasPostgresExtension("tsm_system_rows");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IpDbContext).Assembly).AddAuditLog().AddOutboxAndInbox().AddIdempotencyKeys();
    }
}
