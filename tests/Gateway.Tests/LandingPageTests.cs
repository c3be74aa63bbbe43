using System.Net;
using StPlatform.Contracts;
using StPlatform.Gateway.Landing;
using StPlatform.Gateway.Tests.Support;

namespace StPlatform.Gateway.Tests;

[Collection(SharedPlatform.Name)]
public sealed class LandingPageTests(Platform platform)
{
    private static readonly Dictionary<string, ServiceState> Expected = new()
    {
        [ResourceNames.Programmes] = ServiceState.Down,
        [ResourceNames.Tasks] = ServiceState.Up,
        [ResourceNames.IntellectualProperty] = ServiceState.Up,
        [ResourceNames.Startups] = ServiceState.Down,
    };

    [Fact]
    public async Task The_landing_page_links_each_department_to_its_service_in_Vietnamese_first()
    {
        using var client = platform.CreateClient();

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"/programmes\">Chương trình KH&amp;CN <span class=\"en\" lang=\"en\">/ S&amp;T programmes</span></a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tasks\">Giao nhiệm vụ <span class=\"en\" lang=\"en\">/ Task assignment</span></a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/ip\">Sở hữu trí tuệ <span class=\"en\" lang=\"en\">/ Intellectual property</span></a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/startups\">Hệ sinh thái khởi nghiệp <span class=\"en\" lang=\"en\">/ Startup ecosystem</span></a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_tells_running_services_from_stopped_ones()
    {
        using var client = platform.CreateClient();

        var states = await GatewayStatusReader.WaitForAsync(client, Expected);

        Assert.Equal(Expected, states);
    }

    [Fact]
    public async Task The_landing_page_shows_in_words_which_services_are_up()
    {
        using var client = platform.CreateClient();
        await GatewayStatusReader.WaitForAsync(client, Expected);

        var html = await client.GetStringAsync("/");

        Assert.Contains("<p class=\"status up\" data-service=\"tasks\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"status up\" data-service=\"ip\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"status down\" data-service=\"programmes\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"status down\" data-service=\"startups\">", html, StringComparison.Ordinal);
        Assert.Contains("Đang hoạt động", html, StringComparison.Ordinal);
        Assert.Contains("Không hoạt động", html, StringComparison.Ordinal);
    }
}
