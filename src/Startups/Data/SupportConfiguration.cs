using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Startups.Support;

namespace StPlatform.Startups.Data;

internal sealed class SupportReceivedConfiguration : IEntityTypeConfiguration<SupportReceived>
{
    public void Configure(EntityTypeBuilder<SupportReceived> builder)
    {
        builder.ToTable("support_received");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Programme).HasMaxLength(SupportReceived.ProgrammeMaxLength);
        builder.Property(s => s.AmountMillionVnd).HasPrecision(18, 2);
    }
}

internal sealed class FundingRoundConfiguration : IEntityTypeConfiguration<FundingRound>
{
    public void Configure(EntityTypeBuilder<FundingRound> builder)
    {
        builder.ToTable("funding_rounds");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Investors).HasMaxLength(FundingRound.InvestorsMaxLength);
        builder.Property(f => f.AmountMillionVnd).HasPrecision(18, 2);
    }
}
