using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.Contracts.Startups;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Support;

[Collection(SharedStartupsService.Name)]
public sealed class SupportApiTests(StartupsFixture fixture)
{
    [Fact]
    public async Task Support_received_is_on_the_profile_and_announced_to_the_programme_registry()
    {
        var organisation = SampleOrganisations.Entity(SampleOrganisations.UniqueName());
        await fixture.WithDbAsync(db => { db.Organisations.Add(organisation); return db.SaveChangesAsync(); });
        using var editor = fixture.CreateClient();

        using var support = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/support", UriKind.Relative),
            new { programme = "Chương trình hỗ trợ khởi nghiệp ĐMST thành phố Hải Phòng", year = 2025, amountMillionVnd = 250.5m });
        using var round = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/funding-rounds", UriKind.Relative),
            new { kind = "seed", year = 2024, amountMillionVnd = 5000, investors = "Quỹ Đầu tư Khởi nghiệp Sáng tạo" });
        var profile = await editor.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, support.StatusCode);
        Assert.Equal(HttpStatusCode.Created, round.StatusCode);
        Assert.Equal(250.5m, Assert.Single(profile.GetProperty("support").EnumerateArray()).GetProperty("amountMillionVnd").GetDecimal());
        Assert.Equal("seed", Assert.Single(profile.GetProperty("fundingRounds").EnumerateArray()).GetProperty("kind").GetString());
        var supported = Assert.Single(await fixture.EventsAsync<StartupSupported>(e => e.OrganisationId == organisation.Id));
        Assert.Equal((organisation.TaxCode, 2025, 250.5m), (supported.TaxCode, supported.Year, supported.AmountMillionVnd));
    }

    [Fact]
    public async Task Support_with_a_future_year_and_a_negative_amount_is_refused_naming_both()
    {
        var organisation = SampleOrganisations.Entity(SampleOrganisations.UniqueName());
        await fixture.WithDbAsync(db => { db.Organisations.Add(organisation); return db.SaveChangesAsync(); });
        using var editor = fixture.CreateClient();

        using var response = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/support", UriKind.Relative),
            new { programme = "Đề án 844", year = DateTime.UtcNow.Year + 3, amountMillionVnd = -1 });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "year", "amountMillionVnd");
    }

    [Fact]
    public async Task Viewer_cannot_record_support()
    {
        using var viewer = fixture.CreateClient(ServiceDefaults.Security.PlatformRoles.Viewer, "SKHCN");

        using var response = await viewer.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{Guid.NewGuid()}/support", UriKind.Relative), new { });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
