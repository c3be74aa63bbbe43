using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.Startups.Certificates;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Directory;

[Collection(SharedStartupsService.Name)]
public sealed class DirectoryFacetTests(StartupsFixture fixture)
{
    private static Organisation Entry(string marker, string name, OrganisationType type, string[] sectors, string district,
        int? founded, Stage? stage, bool? certificateValid = null, Action<Organisation>? shape = null)
    {
        var organisation = SampleOrganisations.Entity($"{name} {marker}");
        (organisation.Type, organisation.Sectors, organisation.District, organisation.FoundedYear, organisation.Stage) =
            (type, [.. sectors], district, founded, stage);
        if (certificateValid is { } valid)
        {
            var certificate = new StCertificate { OrganisationId = organisation.Id, Number = $"{Unique.Digits(3)}/DNKHCN-{marker}-{name.Length}", IssuedOn = new DateOnly(2023, 5, 2), Issuer = "Sở KH&CN Hải Phòng" };
            if (!valid)
            {
                certificate.Revoke(new DateOnly(2025, 2, 1), "Không duy trì điều kiện.");
            }
            organisation.Certificates.Add(certificate);
        }
        shape?.Invoke(organisation);
        organisation.Refold();
        return organisation;
    }

    private async Task<JsonElement> FacetsAsync(string query)
    {
        using var anonymous = fixture.CreateAnonymousClient();
        return await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/facets?{query}", UriKind.Relative));
    }

    private static string Counts(JsonElement facets, string facet) =>
        string.Join("; ", facets.GetProperty(facet).EnumerateArray().Select(f => $"{f.GetProperty("value").GetString()}={f.GetProperty("count").GetInt32()}"));

    [Fact]
    public async Task Facets_of_a_filtered_search_count_only_the_listed_matches_under_every_facet()
    {
        var m = Unique.Suffix();
        const string leChan = "Quận Lê Chân";
        await fixture.WithDbAsync(db =>
        {
            db.Organisations.AddRange(
                Entry(m, "Công ty CP Thanh toán số Lê Chân", OrganisationType.InnovativeStartup, ["ict", "fintech"], leChan, 2019, Stage.Growth, certificateValid: true),
                Entry(m, "Công ty TNHH Ứng dụng Bản đồ Số", OrganisationType.InnovativeStartup, ["ict"], leChan, 2021, Stage.Idea),
                Entry(m, "Công ty CP Gen Y sinh Ngô Quyền", OrganisationType.ScienceTechnologyEnterprise, ["ict", "biotech"], "Quận Ngô Quyền", 2019, Stage.Growth, certificateValid: true),
                Entry(m, "Công ty CP Phần mềm Cảng Hải An", OrganisationType.ScienceTechnologyEnterprise, ["ict"], "Quận Hải An", 2019, null, certificateValid: false),
                Entry(m, "Vườn ươm Công nghệ Số Lê Chân", OrganisationType.Incubator, ["ict"], leChan, null, Stage.Mature),
                Entry(m, "Công ty TNHH Nấm dược liệu", OrganisationType.InnovativeStartup, ["biotech"], leChan, 2019, Stage.Growth),
                Entry(m, "Công ty TNHH Dữ liệu Ẩn danh", OrganisationType.InnovativeStartup, ["ict"], leChan, 2019, Stage.Growth, shape: o => o.IsPublic = false),
                Entry(m, "Công ty TNHH Chờ xác minh", OrganisationType.InnovativeStartup, ["ict"], leChan, 2019, Stage.Growth, shape: o => o.State = VerificationState.Submitted));
            return db.SaveChangesAsync();
        });

        var ict = await FacetsAsync($"q={m}&sector=ict");
        var certifiedIct = await FacetsAsync($"q={m}&sector=ict&certified=true");

        Assert.Equal("innovativeStartup=2; scienceTechnologyEnterprise=2; incubator=1", Counts(ict, "type"));
        Assert.Equal("ict=5; biotech=1; fintech=1", Counts(ict, "sector"));
        Assert.Equal("growth=2; idea=1; mature=1", Counts(ict, "stage"));
        Assert.Equal("Quận Lê Chân=3; Quận Hải An=1; Quận Ngô Quyền=1", Counts(ict, "district"));
        Assert.Equal("2019=3; 2021=1", Counts(ict, "foundedYear"));
        Assert.Equal("false=3; true=2", Counts(ict, "certified"));
        Assert.Equal("innovativeStartup=1; scienceTechnologyEnterprise=1", Counts(certifiedIct, "type"));
        Assert.Equal("ict=2; biotech=1; fintech=1", Counts(certifiedIct, "sector"));
        Assert.Equal("true=2", Counts(certifiedIct, "certified"));
    }

    [Fact]
    public async Task Founded_year_facet_on_the_page_links_to_the_search_narrowed_to_that_year()
    {
        var m = Unique.Suffix();
        await fixture.WithDbAsync(db =>
        {
            db.Organisations.AddRange(
                Entry(m, "Công ty CP Robot Kho vận", OrganisationType.InnovativeStartup, ["logistics"], "Quận Hải An", 2017, Stage.Growth),
                Entry(m, "Công ty CP Drone Nông nghiệp", OrganisationType.InnovativeStartup, ["agritech"], "Huyện An Lão", 2017, Stage.EarlyStage),
                Entry(m, "Công ty CP Cảm biến Thủy sản", OrganisationType.InnovativeStartup, ["marine"], "Huyện Cát Hải", 2022, Stage.Prototype));
            return db.SaveChangesAsync();
        });
        using var anonymous = fixture.CreateAnonymousClient();

        var page = await anonymous.GetStringAsync(new Uri($"/startups?q={m}", UriKind.Relative));
        var narrowed = await anonymous.GetStringAsync(new Uri($"/startups?q={m}&foundedYear=2017", UriKind.Relative));

        Assert.Contains($"href=\"/startups?q={m}&amp;foundedYear=2017\">2017</a> (2)", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/startups?q={m}&amp;foundedYear=2022\">2022</a> (1)", page, StringComparison.Ordinal);
        Assert.Contains("Công ty CP Robot Kho vận", narrowed, StringComparison.Ordinal);
        Assert.DoesNotContain("Công ty CP Cảm biến Thủy sản", narrowed, StringComparison.Ordinal);
    }
}
