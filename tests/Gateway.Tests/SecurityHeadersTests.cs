using StPlatform.Gateway.Tests.Support;

namespace StPlatform.Gateway.Tests;

[Collection(SharedPlatform.Name)]
public sealed class SecurityHeadersTests(Platform platform)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/tasks/board")]
    [InlineData("/api/programmes/plans")]
    [InlineData("/no-such-place")]
    public async Task Every_response_carries_the_browser_hardening_headers(string path)
    {
        using var client = platform.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
