using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Owners;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Data;

internal sealed class KnownOrganisationConfiguration : IEntityTypeConfiguration<KnownOrganisation>
{
    public void Configure(EntityTypeBuilder<KnownOrganisation> builder)
    {
        builder.ToTable("known_organisations");
        builder.HasKey(o => o.OrganisationId);
        builder.Property(o => o.OrganisationId).ValueGeneratedNever();
        builder.HasIndex(o => o.TaxCode);
        builder.Property(o => o.TaxCode).HasMaxLength(TaxCode.MaxLength);
        builder.Property(o => o.Name).HasMaxLength(IpAsset.NameMaxLength);
        builder.Property(o => o.NameEn).HasMaxLength(IpAsset.NameMaxLength);
    }
}
