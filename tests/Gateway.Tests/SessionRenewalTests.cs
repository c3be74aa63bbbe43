using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using StPlatform.Contracts;
using StPlatform.Gateway.Tests.Support;

namespace StPlatform.Gateway.Tests;

/// <summary>
/// A session whose access token is about to expire is renewed with its refresh token before the
/// request goes on; when the identity service refuses the renewal (the account was locked, its
/// password reset, the grant revoked), the session ends there and the request goes on without it.
/// </summary>
public sealed class SessionRenewalTests
{
    [Fact]
    public async Task A_renewed_access_token_is_the_one_the_service_receives()
    {
        var (echo, response) = await RequestAfterSignInAsync(grantsRefresh: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bearer {IdentityStandIn.AccessToken(IdentityStandIn.RenewedToken)}", echo.Headers["Authorization"]);
    }

    [Fact]
    public async Task A_refused_renewal_ends_the_session_and_the_request_reaches_the_service_without_a_token()
    {
        var (echo, response) = await RequestAfterSignInAsync(grantsRefresh: false);

        Assert.False(echo.Headers.ContainsKey("Authorization"), "The expiring token was still attached.");
        var cleared = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("stp.session=", StringComparison.Ordinal));
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(Echo Echo, HttpResponseMessage Response)> RequestAfterSignInAsync(bool grantsRefresh)
    {
        await using var identity = await IdentityStandIn.StartAsync(grantsRefresh);
        await using var tasks = await Backend.StartAsync(ResourceNames.Tasks);
        await using var gateway = new GatewayFactory(new Dictionary<string, Uri[]>
        {
            [ResourceNames.Identity] = [identity.Address],
            [ResourceNames.Tasks] = [tasks.Address],
        });
        // Cookies by hand: they are Secure, which .NET's cookie container keeps from plain HTTP.
        using var browser = gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var signIn = await browser.GetAsync("/signin?returnUrl=%2Fapi%2Ftasks%2Fmine");
        var state = QueryHelpers.ParseQuery(signIn.Headers.Location!.OriginalString.Split('?')[1])["state"].ToString();
        using var callback = new HttpRequestMessage(HttpMethod.Get, $"/signin-oidc?code=the-code&state={Uri.EscapeDataString(state)}");
        callback.Headers.Add("Cookie", Cookie(signIn, "stp.oidc"));
        using var signedIn = await browser.SendAsync(callback);
        Assert.Equal("/api/tasks/mine", signedIn.Headers.Location?.OriginalString);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tasks/mine");
        request.Headers.Add("Cookie", Cookie(signedIn, "stp.session"));
        var response = await browser.SendAsync(request);
        return ((await response.Content.ReadFromJsonAsync<Echo>())!, response);
    }

    private static string Cookie(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(name + "=", StringComparison.Ordinal)).Split(';')[0];
}
