using System.Net;

namespace StPlatform.Identity.Tests.Admin;

[Collection(SharedIdentityService.Name)]
public sealed class AdminAccessTests(IdentityFixture fixture)
{
    [Theory]
    [InlineData("/identity/admin/units")]
    [InlineData("/identity/admin/units/SKHCN")]
    [InlineData("/identity/admin/roles")]
    public async Task A_unit_officer_is_forbidden_the_administration_pages(string path)
    {
        using var officer = await fixture.SignInAsync("officer.sgddt");

        using var redirected = await officer.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        using var denied = await officer.GetAsync(redirected.Headers.Location);

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Không có quyền truy cập", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/identity/admin/units")]
    [InlineData("/identity/admin/roles")]
    public async Task An_anonymous_visitor_is_sent_to_sign_in(string path)
    {
        using var anonymous = fixture.CreateBrowser();

        using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/identity/account/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_officer_cannot_register_a_unit_by_posting_directly()
    {
        using var officer = await fixture.SignInAsync("officer.sgddt");
        var code = UnitSamples.NewCode();

        using var response = await officer.PostAsync(new Uri(UnitSamples.UnitsPath, UriKind.Relative),
            new FormUrlEncodedContent(UnitSamples.Registration(code, UnitSamples.NewName())));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest or HttpStatusCode.Forbidden);
        using var admin = await fixture.SignInAsync("admin");
        Assert.DoesNotContain(code, await admin.GetStringAsync(new Uri(UnitSamples.UnitsPath, UriKind.Relative)), StringComparison.Ordinal);
    }
}
