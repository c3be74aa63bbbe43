using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Programmes.History;

namespace StPlatform.Programmes.Data;

internal sealed class DocumentHistoryEntryConfiguration : IEntityTypeConfiguration<DocumentHistoryEntry>
{
    public void Configure(EntityTypeBuilder<DocumentHistoryEntry> builder)
    {
        builder.ToTable("document_history");
        builder.HasKey(h => h.Id);
        // Ids are made in code, so an entry added to a tracked document is inserted, not updated.
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.By).HasMaxLength(256);
        builder.Property(h => h.Action).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Reason).HasMaxLength(DocumentHistoryEntry.ReasonMaxLength);
        builder.HasIndex(h => new { h.DocumentId, h.At });
    }
}
