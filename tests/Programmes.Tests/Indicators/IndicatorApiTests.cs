using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.Contracts.Programmes;
using StPlatform.Programmes.Tests.Documents;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Indicators;

[Collection(SharedProgrammesService.Name)]
public sealed class IndicatorApiTests(ProgrammesFixture fixture)
{
    public static readonly object Tfp = new
    {
        name = "Tỷ lệ đóng góp của TFP vào tăng trưởng kinh tế",
        unit = "%",
        direction = "atLeast",
        baselineYear = 2020,
        baselineValue = 35,
        targets = new[] { new { year = 2025, value = 40 }, new { year = 2030, value = 45 } },
    };

    [Fact]
    public async Task Measured_value_behind_the_path_turns_the_indicator_off_track_and_is_announced_once()
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);
        using var added = await client.PostAsJsonAsync(new Uri($"{location}/indicators", UriKind.Relative), Tfp);
        var indicatorId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var measurements = new Uri($"{location}/indicators/{indicatorId}/measurements", UriKind.Relative);

        using var first = await client.PostAsJsonAsync(measurements, new { year = 2023, value = 35.5, source = "Báo cáo số 73/BC-SKHCN" });
        using var second = await client.PostAsJsonAsync(measurements, new { year = 2024, value = 35.8, source = "Báo cáo số 80/BC-SKHCN" });
        var indicator = (await client.GetFromJsonAsync<JsonElement>(new Uri($"{location}/indicators", UriKind.Relative))).EnumerateArray().Single();
        var announced = await OutboxEvents.OfTypeAsync<IndicatorOffTrack>(fixture, e => e.IndicatorId == indicatorId);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("offTrack", indicator.GetProperty("colour").GetString());
        Assert.Equal(2024, indicator.GetProperty("currentYear").GetInt32());
        Assert.Equal(39m, indicator.GetProperty("expectedValue").GetDecimal());
        Assert.Equal("Báo cáo số 80/BC-SKHCN", indicator.GetProperty("values")[1].GetProperty("source").GetString());
        var offTrack = Assert.Single(announced);
        Assert.Equal(35.5m, offTrack.LatestValue);
        Assert.Equal(2025, offTrack.TargetYear);
    }

    [Fact]
    public async Task Indicator_with_mistakes_names_each_field_and_target()
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);
        var request = new { name = "", unit = "%", direction = "upward", baselineYear = 2020, baselineValue = 1e20, targets = new object[] { new { year = 2019, value = 1 }, new { value = 2 } } };

        using var response = await client.PostAsJsonAsync(new Uri($"{location}/indicators", UriKind.Relative), request);

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "name", "direction", "baselineValue", "targets[0].year", "targets[1].year");
    }

    [Fact]
    public async Task Indicator_counted_from_events_refuses_a_value_entered_by_hand()
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);
        using var added = await client.PostAsJsonAsync(new Uri($"{location}/indicators", UriKind.Relative),
            new { name = "Số doanh nghiệp KH&CN", unit = "doanh nghiệp", direction = "atLeast", baselineYear = 2020, baselineValue = 0, targets = new[] { new { year = 2030, value = 5 } }, measure = "stEnterprises" });
        var indicatorId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var response = await client.PostAsJsonAsync(new Uri($"{location}/indicators/{indicatorId}/measurements", UriKind.Relative),
            new { year = 2024, value = 3, source = "Báo cáo" });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "measure");
    }

    [Fact]
    public async Task Viewer_cannot_add_an_indicator()
    {
        using var manager = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(manager);
        using var viewer = fixture.CreateClient(ServiceDefaults.Security.PlatformRoles.Viewer, "SKHCN");

        using var response = await viewer.PostAsJsonAsync(new Uri($"{location}/indicators", UriKind.Relative), Tfp);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
