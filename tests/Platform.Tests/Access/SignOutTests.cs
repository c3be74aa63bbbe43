using System.Net;
using Npgsql;
using StPlatform.Contracts;

namespace StPlatform.Platform.Tests.Access;

/// <summary>
/// Sign-out at the gateway ends the browser's session there and the grant behind it at the identity
/// service. The officer here is used by no other test, so their grants are this test's alone.
/// </summary>
[Collection(RunningPlatform.Name)]
public sealed class SignOutTests(PlatformFixture platform)
{
    private const string UserName = "officer.ubnd-tn";
    private const string SessionCookie = "stp.session";

    [Fact]
    public async Task After_sign_out_the_session_reaches_no_protected_api_or_page_and_its_refresh_token_is_revoked()
    {
        var jar = new CookieJar();
        using var browser = await GatewaySession.SignInAsync(platform.Gateway.BaseAddress!, UserName, cookies: jar);
        using (var signedIn = await browser.GetAsync("/api/tasks?pageSize=1"))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }
        Assert.Contains("valid", await RefreshTokenStatesAsync());

        using var signedOut = await browser.PostAsync("/signout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/", signedOut.Headers.Location!.OriginalString);
        Assert.DoesNotContain(jar.Names, name => name.StartsWith(SessionCookie, StringComparison.Ordinal));
        using var api = await browser.GetAsync("/api/tasks?pageSize=1");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, "/tasks");
        pageRequest.Headers.Accept.ParseAdd("text/html");
        using var page = await browser.SendAsync(pageRequest);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin?returnUrl=", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var states = await RefreshTokenStatesAsync();
        Assert.NotEmpty(states);
        Assert.DoesNotContain("valid", states);
        Assert.Contains("revoked", states);
    }

    [Fact]
    public async Task A_copy_of_the_session_cookie_kept_from_before_sign_out_reaches_nothing()
    {
        var jar = new CookieJar();
        using var browser = await GatewaySession.SignInAsync(platform.Gateway.BaseAddress!, "officer.snnptnt", cookies: jar);
        // The session may be split over several cookies (stp.session, stp.sessionC1...): all of them.
        var copy = string.Join("; ", jar.Names.Where(name => name.StartsWith(SessionCookie, StringComparison.Ordinal))
            .Select(name => $"{name}={jar.Value(name)}"));
        using var stranger = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = platform.Gateway.BaseAddress,
        };
        using var before = await ReplayAsync(stranger, copy);
        using (await browser.PostAsync("/signout", new FormUrlEncodedContent([])))
        {
        }

        using var after = await ReplayAsync(stranger, copy);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> ReplayAsync(HttpClient client, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tasks?pageSize=1");
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request);
    }

    /// <summary>The states of the officer's refresh tokens, as the identity service records them.</summary>
    private async Task<List<string>> RefreshTokenStatesAsync()
    {
        await using var connection = new NpgsqlConnection(await platform.App.GetConnectionStringAsync(ResourceNames.IdentityDb));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT t.status FROM "OpenIddictTokens" t JOIN "AspNetUsers" u ON t.subject = u.id::text
            WHERE u.user_name = @user AND t.type LIKE '%refresh_token'
            """, connection);
        command.Parameters.AddWithValue("user", UserName);
        var states = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            states.Add(reader.GetString(0));
        }
        return states;
    }
}
