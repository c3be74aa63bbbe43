using StPlatform.Contracts.Programmes;
using StPlatform.Tasks.Deadlines;

namespace StPlatform.Tasks.Tests.Deadlines;

public sealed class DeadlineLabelsTests
{
    [Theory]
    [InlineData("Quý I/2025", 2025, 3, 31)]
    [InlineData("Quý II/2025", 2025, 6, 30)]
    [InlineData("quý 3/2025", 2025, 9, 30)]
    [InlineData("Quy IV/2024", 2024, 12, 31)]
    [InlineData("Quý II năm 2026", 2026, 6, 30)]
    public void Quarter_deadline_is_due_on_the_quarters_last_day(string label, int year, int month, int day)
    {
        var deadline = DeadlineLabels.Parse(label);

        Assert.Equal(DeadlineKind.Quarter, deadline!.Kind);
        Assert.Equal(new DateOnly(year, month, day), deadline.DueDate);
    }

    [Theory]
    [InlineData("Năm 2025")]
    [InlineData("2025")]
    [InlineData("năm 2025")]
    public void Year_deadline_is_due_on_31_december(string label)
    {
        var deadline = DeadlineLabels.Parse(label);

        Assert.Equal(DeadlineKind.Year, deadline!.Kind);
        Assert.Equal(new DateOnly(2025, 12, 31), deadline.DueDate);
        Assert.Equal("Năm 2025", deadline.Label);
    }

    [Fact]
    public void Date_deadline_reads_dd_mm_yyyy()
    {
        var deadline = DeadlineLabels.Parse("15/09/2025");

        Assert.Equal(DeadlineKind.Date, deadline!.Kind);
        Assert.Equal(new DateOnly(2025, 9, 15), deadline.DueDate);
    }

    [Fact]
    public void Quarter_label_is_written_with_roman_numerals()
    {
        Assert.Equal("Quý II/2025", DeadlineLabels.Quarter(2025, 2).Label);
    }

    [Theory]
    [InlineData("Thường xuyên")]
    [InlineData("thuong xuyen")]
    [InlineData("Quý V/2025")]
    [InlineData("sớm nhất có thể")]
    [InlineData("")]
    public void Ongoing_or_unreadable_wording_is_no_deadline(string label)
    {
        Assert.Null(DeadlineLabels.Parse(label));
    }

    [Fact]
    public void Thuong_xuyen_is_recognised_as_ongoing_with_or_without_diacritics()
    {
        Assert.True(DeadlineLabels.IsOngoing("Thường xuyên"));
        Assert.True(DeadlineLabels.IsOngoing("THUONG XUYEN"));
        Assert.False(DeadlineLabels.IsOngoing("Quý II/2025"));
    }
}
