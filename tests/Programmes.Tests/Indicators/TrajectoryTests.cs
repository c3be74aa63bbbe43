using StPlatform.Programmes.Indicators;

namespace StPlatform.Programmes.Tests.Indicators;

public sealed class TrajectoryTests
{
    // TFP contribution: 35% in 2020, 40% by 2025, 45% by 2030; the path expects 38% in 2023.
    private static TargetIndicator Tfp(IndicatorDirection direction = IndicatorDirection.AtLeast) => new()
    {
        Name = "Đóng góp của TFP vào tăng trưởng",
        Unit = "%",
        Direction = direction,
        BaselineYear = 2020,
        BaselineValue = 35,
        Targets = [new() { Year = 2025, Value = 40 }, new() { Year = 2030, Value = 45 }],
    };

    [Theory]
    [InlineData(2023, 38)]
    [InlineData(2025, 40)]
    [InlineData(2028, 43)]
    [InlineData(2035, 45)]
    [InlineData(2019, 35)]
    public void Path_runs_straight_from_the_baseline_through_each_milestone(int year, decimal expected)
    {
        var tfp = Tfp();

        Assert.Equal(expected, Trajectory.Expected(tfp.BaselineYear, tfp.BaselineValue, tfp.Targets, year));
    }

    [Theory]
    [InlineData(38.5, TrajectoryColour.OnTrack)]
    [InlineData(37.8, TrajectoryColour.OnTrack)]
    [InlineData(37.0, TrajectoryColour.AtRisk)]
    [InlineData(36.0, TrajectoryColour.OffTrack)]
    [InlineData(34.0, TrajectoryColour.OffTrack)]
    public void Colour_is_the_share_of_the_expected_progress_achieved(decimal value2023, TrajectoryColour colour)
    {
        Assert.Equal(colour, Trajectory.Colour(Tfp(), 2023, value2023));
    }

    [Fact]
    public void Value_falling_toward_an_at_most_target_is_on_track_and_rising_is_off_track()
    {
        var poverty = Tfp(IndicatorDirection.AtMost);
        poverty.BaselineValue = 10;
        poverty.Targets.Clear();
        poverty.Targets.Add(new() { Year = 2025, Value = 5 });

        Assert.Equal(TrajectoryColour.OnTrack, Trajectory.Colour(poverty, 2023, 7));
        Assert.Equal(TrajectoryColour.OffTrack, Trajectory.Colour(poverty, 2023, 11));
    }

    [Fact]
    public void Without_a_value_after_the_baseline_nothing_can_be_judged_yet()
    {
        Assert.Equal(TrajectoryColour.NotYetMeasurable, Trajectory.Colour(Tfp(), null, null));
        Assert.Equal(TrajectoryColour.NotYetMeasurable, Trajectory.Colour(Tfp(), 2020, 30));
    }

    [Fact]
    public void Target_equal_to_the_baseline_is_judged_by_the_gap_to_it()
    {
        var spending = Tfp();
        spending.BaselineValue = 2;
        spending.Targets.Clear();
        spending.Targets.Add(new() { Year = 2025, Value = 2 });

        Assert.Equal(TrajectoryColour.OnTrack, Trajectory.Colour(spending, 2023, 2));
        Assert.Equal(TrajectoryColour.AtRisk, Trajectory.Colour(spending, 2023, 1.9m));
        Assert.Equal(TrajectoryColour.OffTrack, Trajectory.Colour(spending, 2023, 1.5m));
    }

    [Fact]
    public void Turning_off_track_is_announced_once_and_staying_off_track_is_not_announced_again()
    {
        var tfp = Tfp();
        tfp.Measurements.Add(new() { Year = 2023, Value = 35.5m, Source = "Báo cáo 2023", RecordedBy = "test" });

        var first = IndicatorValues.Recompute(tfp, "SKHCN", [], 2026, DateTimeOffset.UtcNow);
        var second = IndicatorValues.Recompute(tfp, "SKHCN", [], 2026, DateTimeOffset.UtcNow);

        Assert.NotNull(first);
        Assert.Equal(40, first.TargetValue);
        Assert.Equal(2025, first.TargetYear);
        Assert.Equal(35.5m, first.LatestValue);
        Assert.Equal("SKHCN", first.LeadUnitCode);
        Assert.Null(second);
        Assert.Equal(TrajectoryColour.OffTrack, tfp.Colour);
    }

    [Fact]
    public void Recovering_and_falling_behind_again_is_announced_again()
    {
        var tfp = Tfp();
        tfp.Measurements.Add(new() { Year = 2023, Value = 35.5m, Source = "a", RecordedBy = "test", RecordedAt = DateTimeOffset.UnixEpoch });
        Assert.NotNull(IndicatorValues.Recompute(tfp, null, [], 2026, DateTimeOffset.UtcNow));
        tfp.Measurements.Add(new() { Year = 2024, Value = 39.5m, Source = "b", RecordedBy = "test", RecordedAt = DateTimeOffset.UnixEpoch });
        Assert.Null(IndicatorValues.Recompute(tfp, null, [], 2026, DateTimeOffset.UtcNow));
        tfp.Measurements.Add(new() { Year = 2026, Value = 38, Source = "c", RecordedBy = "test", RecordedAt = DateTimeOffset.UnixEpoch });

        Assert.NotNull(IndicatorValues.Recompute(tfp, null, [], 2026, DateTimeOffset.UtcNow));
    }
}
