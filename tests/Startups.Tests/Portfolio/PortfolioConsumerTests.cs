using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Tests.Organisations;

namespace StPlatform.Startups.Tests.Portfolio;

[Collection(SharedStartupsService.Name)]
public sealed class PortfolioConsumerTests(StartupsFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private async Task<Organisation> ListedAsync()
    {
        var organisation = SampleOrganisations.Entity(SampleOrganisations.UniqueName());
        await fixture.WithDbAsync(db => { db.Organisations.Add(organisation); return db.SaveChangesAsync(); });
        return organisation;
    }

    private Task PublishAsync<T>(T message) where T : class =>
        fixture.Service.Services.GetRequiredService<IBus>().Publish(message);

    /// <summary>The profile's IP portfolio once <paramref name="done"/> holds for it, or the last one seen after the wait.</summary>
    private async Task<JsonElement[]> PortfolioWhenAsync(Guid organisationId, Func<JsonElement[], bool> done)
    {
        using var anonymous = fixture.CreateAnonymousClient();
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var profile = await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/{organisationId}", UriKind.Relative));
            var portfolio = profile.GetProperty("ipPortfolio").EnumerateArray().ToArray();
            if (done(portfolio) || DateTime.UtcNow > deadline)
            {
                return portfolio;
            }
            await Task.Delay(200);
        }
    }

    private static IpRightGranted Granted(Guid asset, string owner) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, asset, IpObjectType.Patent, "Hệ thống giám sát độ mặn nước nuôi tôm", "1-0051234", new DateOnly(2026, 9, 15), [owner], null);

    [Fact]
    public async Task Patent_granted_in_the_ip_registry_appears_on_its_owners_profile()
    {
        var organisation = await ListedAsync();
        var asset = Guid.NewGuid();

        await PublishAsync(new IpAssetFiled(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-1), asset, IpObjectType.Patent,
            "Hệ thống giám sát độ mặn nước nuôi tôm", "1-2024-01234", new DateOnly(2024, 2, 1), [organisation.TaxCode], null));
        await PublishAsync(Granted(asset, organisation.TaxCode));
        var portfolio = await PortfolioWhenAsync(organisation.Id, p => p.Any(i => i.GetProperty("status").GetString() == "granted" && i.GetProperty("applicationNumber").ValueKind == JsonValueKind.String));

        var item = Assert.Single(portfolio);
        Assert.Equal("granted", item.GetProperty("status").GetString());
        Assert.Equal("1-0051234", item.GetProperty("grantNumber").GetString());
        Assert.Equal("1-2024-01234", item.GetProperty("applicationNumber").GetString());
    }

    [Fact]
    public async Task Lapse_that_arrives_before_its_grant_leaves_the_right_shown_as_no_longer_in_force()
    {
        var organisation = await ListedAsync();
        var asset = Guid.NewGuid();

        await PublishAsync(new IpRightLapsed(Guid.NewGuid(), DateTimeOffset.UtcNow, asset, IpObjectType.UtilitySolution, LapseReason.Lapsed,
            new DateOnly(2026, 10, 1), [organisation.TaxCode], null));
        await PortfolioWhenAsync(organisation.Id, p => p.Length == 1);
        await PublishAsync(Granted(asset, organisation.TaxCode) with { OccurredAt = DateTimeOffset.UtcNow.AddDays(-30) });
        var portfolio = await PortfolioWhenAsync(organisation.Id, p => p.Any(i => i.TryGetProperty("grantNumber", out var g) && g.ValueKind == JsonValueKind.String));

        var item = Assert.Single(portfolio);
        Assert.Equal("noLongerInForce", item.GetProperty("status").GetString());
        Assert.Equal("1-0051234", item.GetProperty("grantNumber").GetString());
    }
}
