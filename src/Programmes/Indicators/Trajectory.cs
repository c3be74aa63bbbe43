namespace StPlatform.Programmes.Indicators;

public enum TrajectoryColour
{
    NotYetMeasurable,
    OnTrack,
    AtRisk,
    OffTrack,
}

/// <summary>
/// Where an indicator should be in a given year, and how its latest value compares.
/// The path runs straight from the baseline to the first milestone, then milestone to milestone
/// (flat after the last). The share of the expected progress achieved at the measured year gives
/// the colour: at least <see cref="OnTrackShare"/> on track, at least <see cref="AtRiskShare"/>
/// at risk, less off track. A value at or beyond the path is on track whatever the shares. With no
/// value for a year after the baseline, or no milestone after it, there is nothing to judge yet.
/// </summary>
public static class Trajectory
{
    public const decimal OnTrackShare = 0.9m;
    public const decimal AtRiskShare = 0.6m;

    public static decimal Expected(int baselineYear, decimal baselineValue, IEnumerable<IndicatorTarget> targets, int year)
    {
        var path = Path(baselineYear, baselineValue, targets);
        if (year <= path[0].Year)
        {
            return path[0].Value;
        }
        for (var i = 1; i < path.Count; i++)
        {
            if (year <= path[i].Year)
            {
                var (from, to) = (path[i - 1], path[i]);
                return from.Value + ((to.Value - from.Value) * (year - from.Year) / (to.Year - from.Year));
            }
        }
        return path[^1].Value;
    }

    public static TrajectoryColour Colour(TargetIndicator indicator, int? year, decimal? value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (year is not { } measuredYear || value is not { } actual
            || measuredYear <= indicator.BaselineYear
            || !indicator.Targets.Any(t => t.Year > indicator.BaselineYear))
        {
            return TrajectoryColour.NotYetMeasurable;
        }
        var sign = indicator.Direction == IndicatorDirection.AtLeast ? 1 : -1;
        var expected = Expected(indicator.BaselineYear, indicator.BaselineValue, indicator.Targets, measuredYear);
        if (sign * (actual - expected) >= 0)
        {
            return TrajectoryColour.OnTrack;
        }
        var needed = sign * (expected - indicator.BaselineValue);
        var achieved = sign * (actual - indicator.BaselineValue);
        // A path that does not move (target equal to the baseline) has no share to measure: the
        // gap is weighed instead, within 2.5% of the path on track, within 10% at risk.
        var share = needed > 0
            ? achieved / needed
            : 1 - (Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1m) * 4);
        return share >= OnTrackShare ? TrajectoryColour.OnTrack
            : share >= AtRiskShare ? TrajectoryColour.AtRisk
            : TrajectoryColour.OffTrack;
    }

    private static List<(int Year, decimal Value)> Path(int baselineYear, decimal baselineValue, IEnumerable<IndicatorTarget> targets) =>
        [(baselineYear, baselineValue), .. targets.Where(t => t.Year > baselineYear).OrderBy(t => t.Year).Select(t => (t.Year, t.Value))];

    public static string Vietnamese(TrajectoryColour colour) => colour switch
    {
        TrajectoryColour.OnTrack => "Đúng tiến độ",
        TrajectoryColour.AtRisk => "Có nguy cơ chậm",
        TrajectoryColour.OffTrack => "Chậm tiến độ",
        _ => "Chưa đo được",
    };

    public static string English(TrajectoryColour colour) => colour switch
    {
        TrajectoryColour.OnTrack => "on track",
        TrajectoryColour.AtRisk => "at risk",
        TrajectoryColour.OffTrack => "off track",
        _ => "not yet measurable",
    };
}
