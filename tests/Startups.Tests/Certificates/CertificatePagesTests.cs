using System.Net;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Startups;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Certificates;

[Collection(SharedStartupsService.Name)]
public sealed class CertificatePagesTests(StartupsFixture fixture)
{
    private const string Issuer = "Sở Khoa học và Công nghệ Hải Phòng";

    private static string UniqueNumber() => $"{Unique.Digits(3)}/DNKHCN-{Unique.Suffix()}";

    private static KeyValuePair<string, string>[] Certificate(string number, string issuedOn) =>
        [new("number", number), new("issuedOn", issuedOn), new("issuer", Issuer)];

    private Task<Guid> CertificateIdAsync(Guid organisationId) =>
        fixture.WithDbAsync(db => db.Certificates.Where(c => c.OrganisationId == organisationId).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task Certificate_recorded_on_the_form_shows_on_the_profile_and_is_announced_as_the_api_announces_it()
    {
        var organisation = await fixture.SeedAsync();
        using var editor = fixture.CreateClient();
        var number = UniqueNumber();
        Assert.Contains($"href=\"/startups/{organisation.Id}/certificates/new\"", await EditorPages.ProfileAsync(editor, organisation.Id), StringComparison.Ordinal);

        using var response = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/certificates/new", Certificate(number, "2025-04-18"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/startups/{organisation.Id}", response.Headers.Location?.OriginalString);
        Assert.Contains($"Đã ghi nhận giấy chứng nhận số {number}", await EditorPages.ProfileAsync(editor, organisation.Id), StringComparison.Ordinal);
        var profile = await EditorPages.ProfileAsync(editor, organisation.Id);
        Assert.Contains("Doanh nghiệp khoa học và công nghệ đã được chứng nhận", profile, StringComparison.Ordinal);
        Assert.Contains("Còn hiệu lực", HtmlRows.RowContaining(profile, number), StringComparison.Ordinal);
        var certified = Assert.Single(await fixture.EventsAsync<StEnterpriseCertified>(e => e.OrganisationId == organisation.Id));
        Assert.Equal((organisation.TaxCode, number, new DateOnly(2025, 4, 18), Issuer),
            (certified.TaxCode, certified.CertificateNumber, certified.IssuedOn, certified.Issuer));
    }

    [Fact]
    public async Task Certificate_issued_in_the_future_is_refused_on_the_form_and_nothing_is_recorded()
    {
        var organisation = await fixture.SeedAsync();
        using var editor = fixture.CreateClient();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/certificates/new", Certificate(UniqueNumber(), tomorrow));

        var html = await EditorPages.ShownAgainNamingAsync(response, "issuedOn");
        Assert.Contains("Ngày cấp không thể ở tương lai", html, StringComparison.Ordinal);
        Assert.Empty(await fixture.WithDbAsync(db => db.Certificates.Where(c => c.OrganisationId == organisation.Id).ToListAsync()));
        Assert.Empty(await fixture.EventsAsync<StEnterpriseCertified>(e => e.OrganisationId == organisation.Id));
    }

    [Fact]
    public async Task Revocation_needs_a_reason_and_with_one_the_profile_shows_the_certificate_revoked()
    {
        var organisation = await fixture.SeedAsync();
        using var editor = fixture.CreateClient();
        using (var recorded = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/certificates/new", Certificate(UniqueNumber(), "2024-03-01")))
        {
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }
        var revokePath = $"/startups/{organisation.Id}/certificates/{await CertificateIdAsync(organisation.Id)}/revoke";
        Assert.Contains($"href=\"{revokePath}\"", await EditorPages.ProfileAsync(editor, organisation.Id), StringComparison.Ordinal);
        const string reason = "Không còn đáp ứng điều kiện doanh thu theo Nghị định 13/2019/NĐ-CP.";

        using var withoutReason = await Forms.SubmitAsync(editor, revokePath, [new("reason", " "), new("revokedOn", "")]);
        await EditorPages.ShownAgainNamingAsync(withoutReason, "reason");
        Assert.Contains("Còn hiệu lực", await EditorPages.ProfileAsync(editor, organisation.Id), StringComparison.Ordinal);
        Assert.Empty(await fixture.EventsAsync<StEnterpriseCertificateRevoked>(e => e.OrganisationId == organisation.Id));

        using var revoked = await Forms.SubmitAsync(editor, revokePath, [new("reason", reason), new("revokedOn", "2026-10-01")]);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var profile = await EditorPages.ProfileAsync(editor, organisation.Id);
        Assert.Contains("Đã thu hồi", profile, StringComparison.Ordinal);
        Assert.Contains(reason, profile, StringComparison.Ordinal);
        var revokedEvent = Assert.Single(await fixture.EventsAsync<StEnterpriseCertificateRevoked>(e => e.OrganisationId == organisation.Id));
        Assert.Equal((new DateOnly(2026, 10, 1), reason), (revokedEvent.RevokedOn, revokedEvent.Reason));
    }

    [Fact]
    public async Task Someone_who_is_not_a_directory_editor_cannot_record_a_certificate()
    {
        var organisation = await fixture.SeedAsync();
        using var viewer = fixture.CreateClient(PlatformRoles.Viewer, "SKHCN");

        using var page = await viewer.GetAsync(new Uri($"/startups/{organisation.Id}/certificates/new", UriKind.Relative));
        using var post = await viewer.PostAsync(new Uri($"/startups/{organisation.Id}/certificates/new", UriKind.Relative),
            new FormUrlEncodedContent(Certificate(UniqueNumber(), "2025-04-18")));

        EditorPages.IsRefused(page);
        EditorPages.IsRefused(post);
        Assert.Empty(await fixture.EventsAsync<StEnterpriseCertified>(e => e.OrganisationId == organisation.Id));
    }
}
