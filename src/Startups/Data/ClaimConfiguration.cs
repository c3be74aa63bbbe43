using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups.Data;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ToTable("claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ClaimantName).HasMaxLength(Claim.TextMaxLength);
        builder.Property(c => c.Position).HasMaxLength(Claim.TextMaxLength);
        builder.Property(c => c.Email).HasMaxLength(Claim.TextMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(Claim.TextMaxLength);
        builder.Property(c => c.Evidence).HasMaxLength(Claim.EvidenceMaxLength);
        builder.Property(c => c.DecidedBy).HasMaxLength(Claim.TextMaxLength);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.OrganisationId, c.State });
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(c => c.OrganisationId);
    }
}
