using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Startups.Portfolio;

namespace StPlatform.Startups.Data;

internal sealed class IpPortfolioItemConfiguration : IEntityTypeConfiguration<IpPortfolioItem>
{
    public void Configure(EntityTypeBuilder<IpPortfolioItem> builder)
    {
        builder.ToTable("ip_portfolio");
        builder.HasKey(i => i.AssetId);
        // The asset id comes from the IP registry; never generated here.
        builder.Property(i => i.AssetId).ValueGeneratedNever();
        builder.Property(i => i.ObjectType).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.EndReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Title).HasMaxLength(1000);
        builder.Property(i => i.ApplicationNumber).HasMaxLength(50);
        builder.Property(i => i.GrantNumber).HasMaxLength(50);
        // A profile looks its assets up by the owner's tax code.
        builder.HasIndex(i => i.OwnerTaxCodes).HasMethod("gin");
        builder.Ignore(i => i.Status);
    }
}
