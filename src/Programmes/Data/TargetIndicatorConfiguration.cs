using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Programmes.Indicators;

namespace StPlatform.Programmes.Data;

internal sealed class TargetIndicatorConfiguration : IEntityTypeConfiguration<TargetIndicator>
{
    public void Configure(EntityTypeBuilder<TargetIndicator> builder)
    {
        builder.ToTable("target_indicators");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Name).HasMaxLength(TargetIndicator.NameMaxLength);
        builder.Property(i => i.Unit).HasMaxLength(TargetIndicator.UnitMaxLength);
        builder.Property(i => i.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Measure).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Colour).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.BaselineValue).HasPrecision(18, 4);
        builder.Property(i => i.CurrentValue).HasPrecision(18, 4);
        builder.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.IndicatorId);
        builder.HasMany(i => i.Measurements).WithOne().HasForeignKey(m => m.IndicatorId);
        // Consumers recompute every indicator of one measure.
        builder.HasIndex(i => i.Measure);
    }
}

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.ToTable("indicator_targets");
        builder.HasKey(t => new { t.IndicatorId, t.Year });
        builder.Property(t => t.Value).HasPrecision(18, 4);
    }
}

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> builder)
    {
        builder.ToTable("measurements");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Value).HasPrecision(18, 4);
        builder.Property(m => m.Source).HasMaxLength(Measurement.SourceMaxLength);
        builder.Property(m => m.RecordedBy).HasMaxLength(256);
        builder.HasIndex(m => new { m.IndicatorId, m.Year });
    }
}
