using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Owners;
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
    public static void ConfigureOptions(DbContextOptionsBuilder options) => options.UseSnakeCaseNamingConvention();

    /// <summary>pg_trgm's word_similarity(query, text): how well the query matches some part of the text, 0 to 1.</summary>
    public static double WordSimilarity(string query, string text) => throw new NotSupportedException("Translated to SQL only.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasDbFunction(typeof(IpDbContext).GetMethod(nameof(WordSimilarity))!).HasName("word_similarity").IsBuiltIn();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IpDbContext).Assembly).AddAuditLog().AddOutboxAndInbox().AddIdempotencyKeys();
    }
}
