using System.Net;

namespace StPlatform.Dashboard.Tests;

[Collection(RunningDashboard.Name)]
public sealed class LoginTests(DashboardFixture dashboard)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/logs?service=tasks")]
    [InlineData("/traces")]
    public async Task Without_the_cookie_a_page_sends_the_browser_to_the_login_page(string path)
    {
        using var client = Client();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?returnUrl=" + Uri.EscapeDataString(path), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_and_gives_no_cookie()
    {
        using var client = Client();

        using var response = await client.GetAsync("/login?t=not-the-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith("stplatform-dashboard=", StringComparison.Ordinal));
        Assert.Contains("Mã đăng nhập không đúng", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printed_login_link_gives_a_strict_http_only_cookie_that_opens_the_pages()
    {
        using var client = Client();

        using var login = await client.GetAsync(dashboard.Server.LoginUrl.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var setCookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("stplatform-dashboard=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(dashboard.Server.LoginToken, setCookie, StringComparison.Ordinal);
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Tài nguyên", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private HttpClient Client()
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        return new HttpClient(handler) { BaseAddress = dashboard.Server.BrowserUrl };
    }
}
