using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.IntellectualProperty.Assets;

namespace StPlatform.IntellectualProperty.Data;

internal sealed class IpAssetConfiguration : IEntityTypeConfiguration<IpAsset>
{
    public void Configure(EntityTypeBuilder<IpAsset> builder)
    {
        builder.ToTable("ip_assets");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ObjectType).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Title).HasMaxLength(IpAsset.TitleMaxLength);
        builder.Property(a => a.TitleEn).HasMaxLength(IpAsset.TitleMaxLength);
        builder.Property(a => a.ApplicationNumber).HasMaxLength(IpAsset.ApplicationNumberMaxLength);
        builder.Property(a => a.PublicationNumber).HasMaxLength(IpAsset.NumberMaxLength);
        builder.Property(a => a.GrantNumber).HasMaxLength(IpAsset.NumberMaxLength);
        builder.Property(a => a.Agent).HasMaxLength(IpAsset.NameMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.NextDueKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Version).IsRowVersion();
        builder.OwnsMany(a => a.PriorityClaims, claims => claims.ToJson("priority_claims"));
        builder.HasMany(a => a.Owners).WithOne().HasForeignKey(o => o.AssetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.AssetId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.Facts);
        builder.Ignore(a => a.State);
        builder.Ignore(a => a.Origin);
        builder.Ignore(a => a.OwnerTaxCodes);

        // The IP office gives each application one number: a second record of it is a duplicate.
        builder.HasIndex(a => a.ApplicationNumber).IsUnique();
        builder.HasIndex(a => a.GrantNumber);
        // A search for a number looks the three numbers up before anything else.
        builder.HasIndex(a => a.PublicationNumber);
        builder.HasIndex(a => a.FiledOn);
        // Facets and the alerts list filter on these; classes are searched as array containment.
        builder.HasIndex(a => new { a.Status, a.ObjectType });
        builder.HasIndex(a => a.NextDueOn).HasFilter("next_due_on IS NOT NULL");
        builder.HasIndex(a => a.Classes).HasMethod("gin");
        builder.HasIndex(a => a.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
