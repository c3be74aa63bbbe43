using System.Net;
using System.Text.Json;
using StPlatform.Contracts;
using StPlatform.TestSupport.Identity;

namespace StPlatform.Identity.Tests.Connect;

[Collection(SharedIdentityService.Name)]
public sealed class CodeFlowTests(IdentityFixture fixture)
{
    private static Task<JsonElement> SignInAsync(HttpClient browser, string userName, string scope) => CodeFlow.SignInAsync(
        browser, IdentityFixture.GatewayClientId, IdentityFixture.GatewaySecret, IdentityFixture.GatewayRedirect,
        userName, IdentityFixture.Password, scope);

    [Fact]
    public async Task Unit_officer_signs_in_and_gets_a_token_for_the_asked_service_naming_their_unit_and_role()
    {
        using var browser = fixture.CreateBrowser();

        var tokens = await SignInAsync(browser, "officer.stc", "openid profile tasks offline_access");

        var access = Jwt.Payload(tokens.GetProperty("access_token").GetString()!);
        Assert.Equal("http://identity/", access.GetProperty("iss").GetString());
        Assert.Equal([ResourceNames.Tasks], Jwt.Values(access, "aud"));
        Assert.Equal("STC", access.GetProperty("unit").GetString());
        Assert.Equal(["unit-officer"], Jwt.Values(access, "role"));
        Assert.Equal("officer.stc", access.GetProperty("name").GetString());
        Assert.Equal("RS256", Jwt.Header(tokens.GetProperty("access_token").GetString()!).GetProperty("alg").GetString());
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task Refresh_token_gives_a_new_access_token_until_it_is_revoked()
    {
        using var browser = fixture.CreateBrowser();
        var tokens = await SignInAsync(browser, "officer.syt", "openid tasks offline_access");
        var refresh = tokens.GetProperty("refresh_token").GetString()!;

        using var refreshed = await CodeFlow.PostTokenAsync(browser, Refresh(refresh));
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var rolled = JsonDocument.Parse(await refreshed.Content.ReadAsStringAsync()).RootElement.GetProperty("refresh_token").GetString()!;

        using var revoked = await browser.PostAsync(new Uri("/identity/connect/revoke", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["token"] = rolled,
                ["token_type_hint"] = "refresh_token",
                ["client_id"] = IdentityFixture.GatewayClientId,
                ["client_secret"] = IdentityFixture.GatewaySecret,
            }));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);

        using var refused = await CodeFlow.PostTokenAsync(browser, Refresh(rolled));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("invalid_grant", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Code_without_its_verifier_is_refused()
    {
        using var browser = fixture.CreateBrowser();
        var code = await CodeFlow.GetCodeAsync(browser, IdentityFixture.GatewayClientId, IdentityFixture.GatewayRedirect,
            "officer.sct", IdentityFixture.Password, "openid tasks", CodeFlow.NewVerifier());

        using var response = await CodeFlow.PostTokenAsync(browser, new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = IdentityFixture.GatewayClientId,
            ["client_secret"] = IdentityFixture.GatewaySecret,
            ["code"] = code,
            ["redirect_uri"] = IdentityFixture.GatewayRedirect.ToString(),
            ["code_verifier"] = CodeFlow.NewVerifier(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Authorize_request_without_a_code_challenge_is_refused()
    {
        using var browser = fixture.CreateBrowser();

        using var response = await browser.GetAsync(new Uri(
            $"{CodeFlow.AuthorizePath}?client_id={IdentityFixture.GatewayClientId}&redirect_uri={Uri.EscapeDataString(IdentityFixture.GatewayRedirect.ToString())}&response_type=code&scope=openid",
            UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    private static Dictionary<string, string> Refresh(string token) => new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = token,
        ["client_id"] = IdentityFixture.GatewayClientId,
        ["client_secret"] = IdentityFixture.GatewaySecret,
    };
}
