using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.NameEn).HasMaxLength(Organisation.NameMaxLength);
        builder.Property(o => o.TaxCode).HasMaxLength(Organisation.TaxCodeMaxLength);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.InvestorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.SizeBand).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.District).HasMaxLength(Organisation.DistrictMaxLength);
        builder.Property(o => o.Ward).HasMaxLength(Organisation.DistrictMaxLength);
        builder.Property(o => o.Website).HasMaxLength(Organisation.TextMaxLength);
        builder.Property(o => o.Email).HasMaxLength(Organisation.TextMaxLength);
        builder.Property(o => o.Phone).HasMaxLength(Organisation.TextMaxLength);
        builder.Property(o => o.FoldedName).HasMaxLength(Organisation.NameMaxLength * 2);
        builder.Property(o => o.Version).IsRowVersion();
        // The tax code is the organisation's identity across services: one record per code.
        builder.HasIndex(o => o.TaxCode).IsUnique();
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.State);
        // Substring search and near-duplicate names both use trigrams of folded text.
        builder.HasIndex(o => o.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(o => o.FoldedName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasMany(o => o.Certificates).WithOne().HasForeignKey(c => c.OrganisationId);
        builder.HasMany(o => o.Support).WithOne().HasForeignKey(s => s.OrganisationId);
        builder.HasMany(o => o.FundingRounds).WithOne().HasForeignKey(f => f.OrganisationId);
        builder.Ignore(o => o.IsInDirectory);
        builder.Ignore(o => o.IsCertified);
    }
}
