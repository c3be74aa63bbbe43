using System.Net;
using System.Text.RegularExpressions;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Assets;

[Collection(SharedIpService.Name)]
public sealed partial class AssetPageTests(IpFixture fixture)
{
    [Fact]
    public async Task Officer_records_an_event_on_the_asset_page_and_sees_it_on_the_timeline()
    {
        using var client = fixture.CreateClient();
        var steps = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request(SampleAssets.UniqueTitle(), SampleAssets.UniqueApplicationNumber()));
        var path = $"/ip/assets/{steps.Id}";

        using var posted = await Forms.SubmitAsync(client, path, [new("kind", "formalityAccepted"), new("date", "2023-06-01"), new("version", await VersionAsync(client, path))]);
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("01/06/2023</time>: <strong>Chấp nhận đơn hợp lệ</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_out_of_sequence_on_the_page_is_shown_again_with_the_reason_beside_the_kind()
    {
        using var client = fixture.CreateClient();
        var steps = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request(SampleAssets.UniqueTitle(), SampleAssets.UniqueApplicationNumber()));
        var path = $"/ip/assets/{steps.Id}";

        using var posted = await Forms.SubmitAsync(client, path, [new("kind", "annuityPaid"), new("date", "2023-06-01"), new("version", await VersionAsync(client, path))]);
        var html = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("id=\"kind-error\"", html, StringComparison.Ordinal);
        Assert.Contains("văn bằng đang có hiệu lực", html, StringComparison.Ordinal);
    }

    private static async Task<string> VersionAsync(HttpClient client, string path) =>
        Version().Match(await client.GetStringAsync(new Uri(path, UriKind.Relative))).Groups[1].Value;

    [GeneratedRegex("""name="version" value="(\d+)" """)]
    private static partial Regex Version();
}
