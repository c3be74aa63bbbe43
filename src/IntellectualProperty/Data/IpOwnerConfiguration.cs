using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Data;

internal sealed class IpOwnerConfiguration : IEntityTypeConfiguration<IpOwner>
{
    public void Configure(EntityTypeBuilder<IpOwner> builder)
    {
        builder.ToTable("ip_asset_owners");
        builder.HasKey(o => new { o.AssetId, o.Position });
        builder.Property(o => o.Name).HasMaxLength(IpAsset.NameMaxLength);
        builder.Property(o => o.TaxCode).HasMaxLength(TaxCode.MaxLength);
        // An owner's portfolio and the owner facet look assets up by tax code.
        builder.HasIndex(o => o.TaxCode);
    }
}
