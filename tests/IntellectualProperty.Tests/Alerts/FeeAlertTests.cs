using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.ServiceDefaults;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Alerts;

[Collection(SharedIpService.Name)]
public sealed class FeeAlertTests(IpFixture fixture)
{
    [Fact]
    public async Task Trademark_whose_renewal_falls_due_within_the_window_is_listed_and_one_due_later_is_not()
    {
        var today = CityTime.Today(TimeProvider.System);
        var soon = await SeedGrantedTrademarkAsync(today.AddDays(40).AddYears(-10));
        var later = await SeedGrantedTrademarkAsync(today.AddDays(200).AddYears(-10));
        using var client = fixture.CreateClient();

        var alerts = await client.ReadAllPagesAsync("/api/ip/alerts?days=90");

        var listed = Assert.Single(alerts, a => a.GetProperty("id").GetGuid() == soon);
        Assert.Equal(40, listed.GetProperty("daysLeft").GetInt32());
        Assert.Equal("renewal", listed.GetProperty("kind").GetString());
        Assert.DoesNotContain(alerts, a => a.GetProperty("id").GetGuid() == later);
    }

    [Fact]
    public async Task Alerts_are_for_ip_officers_only()
    {
        using var viewer = fixture.CreateClient(ServiceDefaults.Security.PlatformRoles.Viewer, "SKHCN");

        using var response = await viewer.GetAsync(new Uri("/api/ip/alerts", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, System.Net.HttpStatusCode.Forbidden);
    }

    private async Task<Guid> SeedGrantedTrademarkAsync(DateOnly filedOn)
    {
        var asset = SampleAssets.Entity(SampleAssets.UniqueTitle(), filedOn, IpObjectType.Trademark);
        var today = CityTime.Today(TimeProvider.System);
        Assert.Null(asset.Record(LegalEventKind.FormalityAccepted, filedOn.AddMonths(1), null, null, today, "test", DateTimeOffset.UtcNow));
        Assert.Null(asset.Record(LegalEventKind.Granted, filedOn.AddMonths(12), "4-" + Unique.Digits(7), null, today, "test", DateTimeOffset.UtcNow));
        await fixture.WithDbAsync(db =>
        {
            db.Assets.Add(asset);
            return db.SaveChangesAsync();
        });
        return asset.Id;
    }
}
