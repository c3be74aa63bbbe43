using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Programmes.Documents;

namespace StPlatform.Programmes.Data;

internal sealed class ProgrammeDocumentConfiguration : IEntityTypeConfiguration<ProgrammeDocument>
{
    public void Configure(EntityTypeBuilder<ProgrammeDocument> builder)
    {
        builder.ToTable("programme_documents", table => table.HasCheckConstraint(
            "ck_programme_documents_period", "period_end_year >= period_start_year"));
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Number).HasMaxLength(ProgrammeDocument.NumberMaxLength);
        builder.Property(d => d.Title).HasMaxLength(ProgrammeDocument.TitleMaxLength);
        builder.Property(d => d.Issuer).HasMaxLength(ProgrammeDocument.IssuerMaxLength);
        builder.Property(d => d.Signer).HasMaxLength(ProgrammeDocument.SignerMaxLength);
        builder.Property(d => d.GeneralObjective).HasMaxLength(ProgrammeDocument.ObjectiveMaxLength);
        builder.Property(d => d.LeadUnitCode).HasMaxLength(20);
        builder.Property(d => d.SearchText).HasMaxLength(1000);
        builder.Property(d => d.Version).IsRowVersion();
        builder.HasMany(d => d.History).WithOne().HasForeignKey(h => h.DocumentId);
        builder.HasMany(d => d.Indicators).WithOne().HasForeignKey(i => i.DocumentId);
        builder.HasMany(d => d.AnnexTasks).WithOne().HasForeignKey(t => t.DocumentId);
        // The list is read newest first; search looks inside the folded text.
        builder.HasIndex(d => d.SignedOn);
        builder.HasIndex(d => d.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
