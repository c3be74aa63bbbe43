namespace StPlatform.Programmes.Indicators;

/// <summary>A value entered by hand for a year, with the report it was taken from (its provenance).</summary>
public sealed class Measurement
{
    public const int SourceMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid IndicatorId { get; init; }

    public int Year { get; init; }

    public decimal Value { get; init; }

    /// <summary>The report it comes from, e.g. "Báo cáo số 73/BC-SKHCN ngày 16/06/2020".</summary>
    public required string Source { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public required string RecordedBy { get; init; }
}
