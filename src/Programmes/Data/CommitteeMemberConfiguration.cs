using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Programmes.Committees;
using StPlatform.Programmes.Documents;

namespace StPlatform.Programmes.Data;

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> builder)
    {
        builder.ToTable("committee_members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Name).HasMaxLength(CommitteeMember.NameMaxLength);
        builder.Property(m => m.Position).HasMaxLength(CommitteeMember.NameMaxLength);
        builder.Property(m => m.Organisation).HasMaxLength(CommitteeMember.NameMaxLength);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Version).IsRowVersion();
        builder.HasOne<ProgrammeDocument>().WithMany().HasForeignKey(m => m.DocumentId);
        builder.HasIndex(m => m.DocumentId);
    }
}
