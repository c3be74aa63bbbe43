using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Identity.Units;

namespace StPlatform.Identity.Data;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Code).HasMaxLength(Unit.CodeMaxLength);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(Unit.NameMaxLength);
        builder.Property(u => u.NameEn).HasMaxLength(Unit.NameMaxLength);
        builder.Property(u => u.Kind).HasMaxLength(Unit.KindMaxLength);
        builder.Property(u => u.Version).IsRowVersion();
    }
}
