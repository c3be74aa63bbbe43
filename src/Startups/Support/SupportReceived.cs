namespace StPlatform.Startups.Support;

/// <summary>Support an organisation received from a programme in a year (amount in million VND, when known).</summary>
public sealed class SupportReceived
{
    public const int ProgrammeMaxLength = 300;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; set; }

    public required string Programme { get; init; }

    public int Year { get; init; }

    public decimal? AmountMillionVnd { get; init; }
}
