using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Programmes.Plans;

namespace StPlatform.Programmes.Data;

internal sealed class AnnexTaskItemConfiguration : IEntityTypeConfiguration<AnnexTaskItem>
{
    public void Configure(EntityTypeBuilder<AnnexTaskItem> builder)
    {
        builder.ToTable("annex_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.AnnexId).HasMaxLength(AnnexTaskItem.AnnexIdMaxLength);
        builder.Property(t => t.Title).HasMaxLength(AnnexTaskItem.TitleMaxLength);
        builder.Property(t => t.Section).HasMaxLength(AnnexTaskItem.SectionMaxLength);
        builder.Property(t => t.ExpectedProduct).HasMaxLength(AnnexTaskItem.ProductMaxLength);
        builder.Property(t => t.DeadlineLabel).HasMaxLength(AnnexTaskItem.LabelMaxLength);
        builder.Property(t => t.DeadlineKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Recurrence).HasConversion<string>().HasMaxLength(20);
        // An AnnexId names one task of one plan for ever, cancelled or not.
        builder.HasIndex(t => new { t.DocumentId, t.AnnexId }).IsUnique();
    }
}
