using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Startups.Certificates;

namespace StPlatform.Startups.Data;

internal sealed class StCertificateConfiguration : IEntityTypeConfiguration<StCertificate>
{
    public void Configure(EntityTypeBuilder<StCertificate> builder)
    {
        builder.ToTable("st_certificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Number).HasMaxLength(StCertificate.NumberMaxLength);
        builder.Property(c => c.Issuer).HasMaxLength(Organisations.Organisation.TextMaxLength);
        builder.Property(c => c.RevocationReason).HasMaxLength(StCertificate.ReasonMaxLength);
        // A certificate number is issued once by the DOST.
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Ignore(c => c.Status);
    }
}
