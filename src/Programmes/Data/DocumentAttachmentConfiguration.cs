using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Programmes.Attachments;
using StPlatform.Programmes.Documents;

namespace StPlatform.Programmes.Data;

internal sealed class DocumentAttachmentConfiguration : IEntityTypeConfiguration<DocumentAttachment>
{
    public void Configure(EntityTypeBuilder<DocumentAttachment> builder)
    {
        builder.ToTable("document_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(DocumentAttachment.FileNameMaxLength);
        builder.Property(a => a.StoredName).HasMaxLength(32);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.UploadedBy).HasMaxLength(256);
        builder.HasOne<ProgrammeDocument>().WithMany().HasForeignKey(a => a.DocumentId);
        builder.HasIndex(a => a.DocumentId);
        builder.HasIndex(a => a.StoredName).IsUnique();
    }
}
