using StPlatform.Contracts.IntellectualProperty;
using StPlatform.Startups.Portfolio;

namespace StPlatform.Startups.Tests.Portfolio;

public sealed class IpPortfolioItemTests
{
    private static readonly Guid Asset = Guid.NewGuid();
    private static readonly DateTimeOffset Day = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static IpRightGranted Granted(params string[] owners) =>
        new(Guid.NewGuid(), Day.AddDays(10), Asset, IpObjectType.Patent, "Quy trình nuôi cấy mô lan hồ điệp", "1-0045678", new DateOnly(2026, 3, 10), owners, null);

    private static IpRightLapsed Lapsed(params string[] owners) =>
        new(Guid.NewGuid(), Day.AddDays(20), Asset, IpObjectType.Patent, LapseReason.Lapsed, new DateOnly(2026, 3, 20), owners, null);

    [Fact]
    public void Lapse_that_arrives_before_its_grant_ends_in_the_same_state_as_in_order()
    {
        var inOrder = new IpPortfolioItem { AssetId = Asset };
        inOrder.Granted(Granted("0201234567"));
        inOrder.Lapsed(Lapsed("0201234567"));
        var reversed = new IpPortfolioItem { AssetId = Asset };
        reversed.Lapsed(Lapsed("0201234567"));
        reversed.Granted(Granted("0201234567"));

        Assert.Equal(PortfolioStatus.NoLongerInForce, inOrder.Status);
        Assert.Equal(PortfolioStatus.NoLongerInForce, reversed.Status);
        Assert.Equal(inOrder.GrantNumber, reversed.GrantNumber);
        Assert.Equal(inOrder.EndedOn, reversed.EndedOn);
    }

    [Fact]
    public void Grant_applied_twice_is_the_same_as_once()
    {
        var item = new IpPortfolioItem { AssetId = Asset };
        var granted = Granted("0201234567");

        item.Granted(granted);
        item.Granted(granted);

        Assert.Equal(PortfolioStatus.Granted, item.Status);
        Assert.Equal(["0201234567"], item.OwnerTaxCodes);
    }

    [Fact]
    public void Older_event_does_not_bring_back_the_owners_a_newer_one_replaced()
    {
        var item = new IpPortfolioItem { AssetId = Asset };
        item.Lapsed(Lapsed("0209999999"));
        item.Granted(Granted("0201234567"));

        Assert.Equal(["0209999999"], item.OwnerTaxCodes);
    }
}
