using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.Messaging.Outbox;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.LegalEvents;

[Collection(SharedIpService.Name)]
public sealed class LegalEventApiTests(IpFixture fixture)
{
    [Fact]
    public async Task Granted_utility_solution_is_in_force_until_ten_years_after_filing_with_its_first_annuity_a_year_after_grant()
    {
        using var client = fixture.CreateClient();
        var steps = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request(SampleAssets.UniqueTitle(), SampleAssets.UniqueApplicationNumber()));

        await steps.GrantAsync("2-0003456");

        Assert.Equal("inForce", steps.Asset.GetProperty("status").GetString());
        Assert.Equal("2-0003456", steps.Asset.GetProperty("grantNumber").GetString());
        Assert.Equal("2033-05-04", steps.Asset.GetProperty("protectionEndsOn").GetString());
        Assert.Equal("2025-02-01", steps.Asset.GetProperty("nextDueOn").GetString());
        Assert.Equal("annuity", steps.Asset.GetProperty("nextDueKind").GetString());
        Assert.Equal(5, steps.Asset.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Renewal_recorded_before_grant_is_a_400_naming_the_kind_and_changes_nothing()
    {
        using var client = fixture.CreateClient();
        var steps = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request(SampleAssets.UniqueTitle(), SampleAssets.UniqueApplicationNumber(), objectType: "trademark"));

        using var response = await steps.SendEventAsync("renewalPaid", "2024-01-01");

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "kind");
        var events = await fixture.WithDbAsync(db => db.Set<StPlatform.IntellectualProperty.LegalEvents.IpLegalEvent>().CountAsync(e => e.AssetId == steps.Id));
        Assert.Equal(1, events);
    }

    [Fact]
    public async Task Event_without_if_match_is_a_428_and_with_a_stale_etag_a_412()
    {
        using var client = fixture.CreateClient();
        var steps = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request(SampleAssets.UniqueTitle(), SampleAssets.UniqueApplicationNumber()));
        var first = steps.ETag;
        await steps.RecordAsync("formalityAccepted", "2023-06-01");

        using var missing = await steps.SendEventAsync("published", "2023-07-01", ifMatch: null);
        using var stale = await steps.SendEventAsync("published", "2023-07-01", ifMatch: first);

        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.PreconditionRequired);
        await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Grant_puts_IpRightGranted_with_the_owners_tax_code_in_the_outbox_and_the_relay_publishes_it()
    {
        using var client = fixture.CreateClient();
        var taxCode = SampleAssets.UniqueTaxCode();
        var steps = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request(SampleAssets.UniqueTitle(), SampleAssets.UniqueApplicationNumber(), taxCode));

        await steps.GrantAsync("2-0009999");

        var body = Body(await WaitForPublishedAsync("IpRightGranted", steps.Id));
        Assert.Equal(taxCode, Assert.Single(body.GetProperty("ownerTaxCodes").EnumerateArray()).GetString());
        Assert.Equal("2-0009999", body.GetProperty("grantNumber").GetString());
        Assert.Equal("2024-02-01", body.GetProperty("grantedOn").GetString());
    }

    [Fact]
    public async Task Only_the_first_licence_or_assignment_publishes_IpRightCommercialised()
    {
        using var client = fixture.CreateClient();
        var steps = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request(SampleAssets.UniqueTitle(), SampleAssets.UniqueApplicationNumber()));
        await steps.GrantAsync("2-0001111");

        await steps.RecordAsync("licenceRecorded", "2024-03-01", "HĐ-01");
        await steps.RecordAsync("assignmentRecorded", "2024-04-01", "HĐ-02");
        await steps.RecordAsync("lapsed", "2024-05-01");

        await WaitForPublishedAsync("IpRightLapsed", steps.Id);
        var commercialised = await OutboxRowsAsync("IpRightCommercialised", steps.Id);
        Assert.Single(commercialised);
        Assert.Equal((int)CommercialisationKind.Licence, Body(commercialised[0]).GetProperty("kind").GetInt32());
    }

    private static JsonElement Body(OutboxMessage row) => JsonDocument.Parse(row.Body).RootElement;

    private async Task<List<OutboxMessage>> OutboxRowsAsync(string type, Guid assetId)
    {
        var rows = await fixture.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.Contains(type)).ToListAsync());
        return [.. rows.Where(r => Body(r).GetProperty("assetId").GetGuid() == assetId)];
    }

    private async Task<OutboxMessage> WaitForPublishedAsync(string type, Guid assetId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var rows = await OutboxRowsAsync(type, assetId);
            if (rows.Count == 1 && rows[0].PublishedAt is not null)
            {
                return rows[0];
            }
            Assert.True(DateTime.UtcNow < deadline, $"{type} for {assetId}: {rows.Count} rows, published: {rows.FirstOrDefault()?.PublishedAt}");
            await Task.Delay(200);
        }
    }
}
