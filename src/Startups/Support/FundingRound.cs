namespace StPlatform.Startups.Support;

/// <summary>A round of investment an organisation raised (amount in million VND, when disclosed).</summary>
public sealed class FundingRound
{
    public const int InvestorsMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; set; }

    public RoundKind Kind { get; init; }

    public int Year { get; init; }

    public decimal? AmountMillionVnd { get; init; }

    public string? Investors { get; init; }
}

public enum RoundKind
{
    PreSeed,
    Seed,
    SeriesA,
    SeriesB,
    SeriesC,
    Later,
    Grant,
}
