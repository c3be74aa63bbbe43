using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.Programmes.Attachments;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.History;
using StPlatform.Programmes.Indicators;
using StPlatform.Programmes.Measures;
using StPlatform.Programmes.Plans;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Http;

namespace StPlatform.Programmes.Data;

public sealed class ProgrammesDbContext(DbContextOptions<ProgrammesDbContext> options) : DbContext(options)
{
    public DbSet<ProgrammeDocument> Documents => Set<ProgrammeDocument>();

    public DbSet<DocumentHistoryEntry> History => Set<DocumentHistoryEntry>();

    public DbSet<TargetIndicator> Indicators => Set<TargetIndicator>();

    public DbSet<Measurement> Measurements => Set<Measurement>();

    public DbSet<AnnexTaskItem> AnnexTasks => Set<AnnexTaskItem>();

    public DbSet<MeasureFact> Facts => Set<MeasureFact>();

    public DbSet<DocumentAttachment> Attachments => Set<DocumentAttachment>();

    /// <summary>Shared by the host and the design-time factory, so migrations match the running model.</summary>
    public static void ConfigureOptions(DbContextOptionsBuilder options) => options.UseSnakeCaseNamingConvention();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProgrammesDbContext).Assembly).AddAuditLog();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddIdempotencyKeys();
    }
}
