using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using StPlatform.Gateway.Tests.Support;

namespace StPlatform.Gateway.Tests;

[Collection(SharedPlatform.Name)]
public sealed class SessionTests(Platform platform)
{
    private HttpClient NoRedirects() => platform.Gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Sign_in_sends_the_browser_to_the_identity_service_with_a_PKCE_challenge_and_a_guarded_state_cookie()
    {
        using var client = NoRedirects();

        using var response = await client.GetAsync("/signin?returnUrl=%2Ftasks");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/identity/connect/authorize", location.OriginalString.Split('?')[0]);
        var query = QueryHelpers.ParseQuery(location.OriginalString[location.OriginalString.IndexOf('?', StringComparison.Ordinal)..]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal("code", query["response_type"]);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("stp.oidc=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Callback_without_the_state_it_issued_is_a_400_problem_and_no_session()
    {
        using var client = NoRedirects();

        using var response = await client.GetAsync("/signin-oidc?code=stolen&state=guessed");

        await ProblemAssert.IsProblemAsync(response, (int)HttpStatusCode.BadRequest);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            c => c.StartsWith("stp.session=", StringComparison.Ordinal));
    }
}
