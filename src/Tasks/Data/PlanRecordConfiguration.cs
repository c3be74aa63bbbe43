using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Tasks.Plans;

namespace StPlatform.Tasks.Data;

internal sealed class PlanRecordConfiguration : IEntityTypeConfiguration<PlanRecord>
{
    public void Configure(EntityTypeBuilder<PlanRecord> builder)
    {
        builder.ToTable("plans");
        builder.HasKey(p => p.PlanId);
        builder.Property(p => p.PlanId).ValueGeneratedNever();
        builder.Property(p => p.Number).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(1000);
    }
}
