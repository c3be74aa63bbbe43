using System.Net;
using StPlatform.TestSupport;

namespace StPlatform.Identity.Tests.Account;

[Collection(SharedIdentityService.Name)]
public sealed class SignInPageTests(IdentityFixture fixture)
{
    private const string SignInPath = "/identity/account/signin";

    [Fact]
    public async Task Wrong_password_keeps_the_person_on_the_form_with_a_bilingual_message_and_no_session()
    {
        using var browser = fixture.CreateBrowser();

        using var response = await Forms.SubmitAsync(browser, SignInPath, [new("userName", "officer.scT"), new("password", "wrong-password-1")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", page, StringComparison.Ordinal);
        Assert.Contains("Wrong user name or password.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            cookie => cookie.StartsWith("stp.identity=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sign_in_posted_without_the_antiforgery_token_is_refused()
    {
        using var browser = fixture.CreateBrowser();
        await browser.GetStringAsync(new Uri(SignInPath, UriKind.Relative));

        using var response = await browser.PostAsync(new Uri(SignInPath, UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["userName"] = "admin", ["password"] = IdentityFixture.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("stp.identity=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Signed_in_person_sees_their_unit_and_role_in_Vietnamese_and_English()
    {
        using var browser = fixture.CreateBrowser();
        using var signedIn = await Forms.SubmitAsync(browser, SignInPath, [new("userName", "officer.ubnd-hb"), new("password", IdentityFixture.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var page = await browser.GetStringAsync(signedIn.Headers.Location);

        Assert.Contains("UBND quận Hồng Bàng (UBND-HB)", page, StringComparison.Ordinal);
        Assert.Contains("Cán bộ đơn vị / Unit officer", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_never_redirects_to_another_site()
    {
        using var browser = fixture.CreateBrowser();

        using var response = await Forms.SubmitAsync(browser, $"{SignInPath}?returnUrl=https%3A%2F%2Fevil.example%2F",
            [new("userName", "viewer"), new("password", IdentityFixture.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/identity/account", response.Headers.Location!.OriginalString);
    }
}
