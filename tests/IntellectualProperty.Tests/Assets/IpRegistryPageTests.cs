using System.Net;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Assets;

[Collection(SharedIpService.Name)]
public sealed class IpRegistryPageTests(IpFixture fixture)
{
    [Fact]
    public async Task Registry_page_shows_a_stored_asset_with_its_object_type_in_vietnamese()
    {
        var title = SampleAssets.UniqueTitle();
        await fixture.WithDbAsync(db =>
        {
            db.Assets.Add(SampleAssets.Entity(title, new DateOnly(2099, 1, 2)));
            return db.SaveChangesAsync();
        });
        using var client = fixture.CreateClient();

        var row = await HtmlRows.FindRowAsync(client, "/ip", title);

        Assert.Contains("Nhãn hiệu", row, StringComparison.Ordinal);
        Assert.Contains("Hợp tác xã Nước mắm Cát Hải", row, StringComparison.Ordinal);
        Assert.Contains("<td>02/01/2099</td>", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Application_recorded_twice_on_the_form_is_shown_again_naming_its_number()
    {
        using var client = fixture.CreateClient();
        var number = SampleAssets.UniqueApplicationNumber();
        KeyValuePair<string, string>[] fields =
        [
            new("objectType", "patent"),
            new("title", SampleAssets.UniqueTitle()),
            new("applicationNumber", number),
            new("filedOn", "2022-11-15"),
            new("owners", "Viện Nghiên cứu Hải sản; 0200654321"),
        ];

        using var first = await Forms.SubmitAsync(client, "/ip/new", fields);
        using var second = await Forms.SubmitAsync(client, "/ip/new", fields);
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("id=\"applicationNumber-error\"", html, StringComparison.Ordinal);
        Assert.Contains("đã được ghi nhận", html, StringComparison.Ordinal);
    }
}
