using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.IntellectualProperty.LegalEvents;

namespace StPlatform.IntellectualProperty.Data;

internal sealed class IpLegalEventConfiguration : IEntityTypeConfiguration<IpLegalEvent>
{
    public void Configure(EntityTypeBuilder<IpLegalEvent> builder)
    {
        builder.ToTable("ip_legal_events");
        builder.HasKey(e => new { e.AssetId, e.Sequence });
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Reference).HasMaxLength(IpLegalEvent.ReferenceMaxLength);
        builder.Property(e => e.Note).HasMaxLength(IpLegalEvent.NoteMaxLength);
        builder.Property(e => e.RecordedBy).HasMaxLength(200);
    }
}
