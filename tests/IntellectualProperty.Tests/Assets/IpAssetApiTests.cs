using System.Net;
using System.Net.Http.Json;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Assets;

[Collection(SharedIpService.Name)]
public sealed class IpAssetApiTests(IpFixture fixture)
{
    private static readonly Uri Collection = new(IpAssetApi.Prefix, UriKind.Relative);

    [Fact]
    public async Task Recorded_application_is_listed_with_what_was_sent()
    {
        using var client = fixture.CreateClient();
        var title = SampleAssets.UniqueTitle();
        var number = SampleAssets.UniqueApplicationNumber();

        using var created = await client.PostAsJsonAsync(Collection, SampleAssets.Request(title, number));
        var listed = (await client.ReadAllPagesAsync(IpAssetApi.Prefix)).Single(a => a.GetProperty("title").GetString() == title);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("utilitySolution", listed.GetProperty("objectType").GetString());
        Assert.Equal(number, listed.GetProperty("applicationNumber").GetString());
        Assert.Equal("2023-05-04", listed.GetProperty("filedOn").GetString());
        Assert.Equal("Trường Đại học Hàng hải Việt Nam", listed.GetProperty("owners")[0].GetString());
    }

    [Fact]
    public async Task Application_number_recorded_twice_is_a_409_naming_it_and_the_first_record_stays()
    {
        using var client = fixture.CreateClient();
        var number = SampleAssets.UniqueApplicationNumber();
        var firstTitle = SampleAssets.UniqueTitle();

        using var first = await client.PostAsJsonAsync(Collection, SampleAssets.Request(firstTitle, number));
        using var second = await client.PostAsJsonAsync(Collection, SampleAssets.Request(SampleAssets.UniqueTitle(), number));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await ProblemAssert.NamesFieldsAsync(second, HttpStatusCode.Conflict, "applicationNumber");
        var withNumber = (await client.ReadAllPagesAsync(IpAssetApi.Prefix)).Where(a => a.GetProperty("applicationNumber").GetString() == number);
        Assert.Equal(firstTitle, Assert.Single(withNumber).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Asset_stored_in_the_database_is_listed_by_the_api()
    {
        var title = SampleAssets.UniqueTitle();
        await fixture.WithDbAsync(db =>
        {
            db.Assets.Add(SampleAssets.Entity(title, new DateOnly(2024, 2, 29)));
            return db.SaveChangesAsync();
        });
        using var client = fixture.CreateClient();

        var listed = await client.ReadAllPagesAsync(IpAssetApi.Prefix);

        Assert.Equal("trademark", Assert.Single(listed, a => a.GetProperty("title").GetString() == title).GetProperty("objectType").GetString());
    }

    [Fact]
    public async Task Unknown_object_type_and_a_filing_date_in_the_future_are_named()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync(Collection, new
        {
            objectType = "copyright",
            title = SampleAssets.UniqueTitle(),
            applicationNumber = SampleAssets.UniqueApplicationNumber(),
            filedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            owners = new[] { new { name = "Công ty TNHH Phần mềm Hải Phòng" } },
        });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "objectType", "filedOn");
    }

    [Fact]
    public async Task Object_type_given_as_a_number_is_refused_by_name()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync(Collection, new
        {
            objectType = "3",
            title = SampleAssets.UniqueTitle(),
            applicationNumber = SampleAssets.UniqueApplicationNumber(),
            filedOn = "2023-01-01",
            owners = new[] { new { name = "Công ty TNHH Phần mềm Hải Phòng" } },
        });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "objectType");
    }
}
