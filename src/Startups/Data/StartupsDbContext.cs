using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Http;
using StPlatform.Startups.Certificates;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Portfolio;
using StPlatform.Startups.Support;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups.Data;

public sealed class StartupsDbContext(DbContextOptions<StartupsDbContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<StCertificate> Certificates => Set<StCertificate>();

    public DbSet<SupportReceived> Support => Set<SupportReceived>();

    public DbSet<FundingRound> FundingRounds => Set<FundingRound>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<IpPortfolioItem> IpPortfolio => Set<IpPortfolioItem>();

    /// <summary>Shared by the host and the design-time factory, so migrations match the running model.</summary>
    public static void ConfigureOptions(DbContextOptionsBuilder options) => options.UseSnakeCaseNamingConvention();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StartupsDbContext).Assembly)
            .AddAuditLog()
            .AddOutboxAndInbox()
            .AddIdempotencyKeys();
    }
}
