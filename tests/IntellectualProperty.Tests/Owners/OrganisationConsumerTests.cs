using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Contracts.Startups;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.Messaging.Inbox;

namespace StPlatform.IntellectualProperty.Tests.Owners;

[Collection(SharedIpService.Name)]
public sealed class OrganisationConsumerTests(IpFixture fixture)
{
    [Fact]
    public async Task Owner_registered_in_the_directory_is_linked_on_the_asset_and_names_the_portfolio()
    {
        var taxCode = SampleAssets.UniqueTaxCode();
        var registered = new OrganisationRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), taxCode,
            "Công ty Cổ phần Công nghệ Biển Đông", "Bien Dong Technology JSC", OrganisationType.InnovativeStartup, "Ngô Quyền");
        using var client = fixture.CreateClient();
        var steps = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request(SampleAssets.UniqueTitle(), SampleAssets.UniqueApplicationNumber(), taxCode));

        await PublishAsync(registered);
        await WaitUntilAppliedAsync(registered.EventId);
        var asset = await client.GetFromJsonAsync<JsonElement>(new Uri($"{IpAssetApi.Prefix}/{steps.Id}", UriKind.Relative));
        var portfolio = await client.GetFromJsonAsync<JsonElement>(new Uri($"{IpAssetApi.Prefix}/owners/{taxCode}", UriKind.Relative));

        Assert.Equal(registered.OrganisationId, asset.GetProperty("owners")[0].GetProperty("organisationId").GetGuid());
        Assert.Equal("Công ty Cổ phần Công nghệ Biển Đông", portfolio.GetProperty("name").GetString());
        Assert.Equal(steps.Id, Assert.Single(portfolio.GetProperty("assets").GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Updates_arriving_out_of_order_and_twice_leave_the_newest_name()
    {
        var taxCode = SampleAssets.UniqueTaxCode();
        var organisationId = Guid.NewGuid();
        var newest = Updated(organisationId, 3, taxCode, "Tên mới nhất");
        var older = Updated(organisationId, 2, taxCode, "Tên cũ");
        var registered = new OrganisationRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, organisationId, taxCode, "Tên gốc", null, OrganisationType.StEnterprise, null);

        foreach (var message in new object[] { newest, older, registered, newest })
        {
            await PublishAsync(message);
        }
        await WaitUntilAppliedAsync(newest.EventId, older.EventId, registered.EventId);

        var known = await fixture.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.OrganisationId == organisationId));
        Assert.Equal("Tên mới nhất", known.Name);
        Assert.Equal(3, known.DirectoryVersion);
    }

    private static OrganisationUpdated Updated(Guid id, int version, string taxCode, string name) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, id, version, taxCode, name, null, OrganisationType.StEnterprise, "Lê Chân");

    private Task PublishAsync(object message) =>
        fixture.Service.Services.GetRequiredService<IBus>().Publish(message, message.GetType());

    private async Task WaitUntilAppliedAsync(params Guid[] eventIds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var applied = await fixture.WithDbAsync(db => db.Set<InboxMessage>().CountAsync(m => eventIds.Contains(m.MessageId)));
            if (applied == eventIds.Length)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"{applied} of {eventIds.Length} events applied within 10 s.");
            await Task.Delay(100);
        }
    }
}
