namespace StPlatform.Programmes.Indicators;

/// <summary>
/// A target indicator (chỉ tiêu) of a document: "TFP contribution, %, at least, 2020: 35, 2025: 40,
/// 2030: 45", measured by hand from reports or counted from other services' events.
/// </summary>
public sealed class TargetIndicator
{
    public const int NameMaxLength = 500;
    public const int UnitMaxLength = 50;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DocumentId { get; init; }

    public required string Name { get; set; }

    public required string Unit { get; set; }

    public IndicatorDirection Direction { get; set; }

    public int BaselineYear { get; set; }

    public decimal BaselineValue { get; set; }

    public IndicatorMeasure Measure { get; set; }

    public List<IndicatorTarget> Targets { get; init; } = [];

    public List<Measurement> Measurements { get; init; } = [];

    /// <summary>The colour last computed, so a turn to off track is announced once per transition.</summary>
    public TrajectoryColour Colour { get; set; } = TrajectoryColour.NotYetMeasurable;

    public decimal? CurrentValue { get; set; }

    public int? CurrentYear { get; set; }
}

/// <summary>"40% by 2025": one milestone of an indicator.</summary>
public sealed class IndicatorTarget
{
    public Guid IndicatorId { get; init; }

    public int Year { get; init; }

    public decimal Value { get; init; }
}

public enum IndicatorDirection
{
    /// <summary>The value should rise to the target (đạt tối thiểu).</summary>
    AtLeast,

    /// <summary>The value should fall to the target (không vượt quá).</summary>
    AtMost,
}

/// <summary>How an indicator is measured: by hand, or counted from the events named.</summary>
public enum IndicatorMeasure
{
    Manual,
    PatentsProtected,
    IpCommercialised,
    StEnterprises,
    StartupsSupported,
    TasksCompleted,
}
