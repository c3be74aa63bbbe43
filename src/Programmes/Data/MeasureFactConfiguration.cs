using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Programmes.Measures;

namespace StPlatform.Programmes.Data;

internal sealed class MeasureFactConfiguration : IEntityTypeConfiguration<MeasureFact>
{
    public void Configure(EntityTypeBuilder<MeasureFact> builder)
    {
        builder.ToTable("measure_facts");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Reference).HasMaxLength(MeasureFact.ReferenceMaxLength);
        // One fact per event, whichever consumer or copy recorded it.
        builder.HasIndex(f => f.EventId).IsUnique();
        builder.HasIndex(f => f.Kind);
        builder.HasIndex(f => f.PlanId);
    }
}
