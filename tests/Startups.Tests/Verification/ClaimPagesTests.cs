using System.Net;
using Microsoft.EntityFrameworkCore;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Verification;

[Collection(SharedStartupsService.Name)]
public sealed class ClaimPagesTests(StartupsFixture fixture)
{
    private const string Claimant = "Phạm Thị Lan";
    private const string Evidence = "Giấy chứng nhận đăng ký doanh nghiệp do Sở Tài chính Hải Phòng cấp, bản scan gửi kèm email.";

    private static KeyValuePair<string, string>[] Claim(string email) =>
        [new("claimantName", Claimant), new("position", "Giám đốc"), new("email", email), new("phone", "0225 3745 218"), new("evidence", Evidence)];

    [Fact]
    public async Task Claimant_is_told_what_happens_next_and_once_the_editor_approves_the_entry_shows_it_is_claimed()
    {
        var organisation = await fixture.SeedAsync();
        using var anonymous = fixture.CreateAnonymousClient();
        using var editor = fixture.CreateClient();
        var email = $"lan.pham.{Unique.Suffix()}@congnghehp.vn";

        var form = await anonymous.GetStringAsync(new Uri($"/startups/{organisation.Id}/claim", UriKind.Relative));
        using var sent = await Forms.SubmitAsync(anonymous, $"/startups/{organisation.Id}/claim", Claim(email));
        var statusPath = sent.Headers.Location?.OriginalString ?? string.Empty;
        var pending = await anonymous.GetStringAsync(new Uri(statusPath, UriKind.Relative));
        var queueRow = HtmlRows.RowContaining(await editor.GetStringAsync(new Uri("/startups/queue", UriKind.Relative)), email);
        using var approved = await Forms.SubmitAsync(editor, $"/startups/queue?handler=Decide&claimId={statusPath.Split('/')[^1]}&approve=true", []);
        var decided = await anonymous.GetStringAsync(new Uri(statusPath, UriKind.Relative));
        var publicProfile = await EditorPages.ProfileAsync(anonymous, organisation.Id);
        var editorProfile = await EditorPages.ProfileAsync(editor, organisation.Id);

        Assert.Contains(organisation.Name, form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Matches("^/startups/claims/[0-9a-f-]{36}$", statusPath);
        Assert.Contains(organisation.Name, pending, StringComparison.Ordinal);
        Assert.Contains("Đang chờ Sở KH", pending, StringComparison.Ordinal);
        Assert.Contains("lưu địa chỉ trang này để theo dõi kết quả", pending, StringComparison.Ordinal);
        Assert.DoesNotContain(email, pending, StringComparison.Ordinal);
        Assert.Contains(organisation.Name, queueRow, StringComparison.Ordinal);
        Assert.Contains(Evidence, queueRow, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("Đã được chấp thuận ngày", decided, StringComparison.Ordinal);
        Assert.Contains("Thông tin do chính tổ chức quản lý từ", publicProfile, StringComparison.Ordinal);
        Assert.Contains(email, publicProfile, StringComparison.Ordinal);
        Assert.DoesNotContain(Claimant, publicProfile, StringComparison.Ordinal);
        Assert.Contains($"{Claimant} (Giám đốc), {email}", editorProfile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_with_a_malformed_email_is_shown_again_naming_it_and_nothing_is_sent()
    {
        var organisation = await fixture.SeedAsync();
        using var anonymous = fixture.CreateAnonymousClient();

        using var response = await Forms.SubmitAsync(anonymous, $"/startups/{organisation.Id}/claim", Claim("lan.pham-congnghehp.vn"));

        var html = await EditorPages.ShownAgainNamingAsync(response, "email");
        Assert.Contains(Evidence, html, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Claims.CountAsync(c => c.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task Entry_out_of_the_public_listing_offers_no_claim_form_and_an_unknown_claim_has_no_status_page()
    {
        var hidden = SampleOrganisations.Entity(SampleOrganisations.UniqueName());
        hidden.IsPublic = false;
        await fixture.WithDbAsync(db => { db.Organisations.Add(hidden); return db.SaveChangesAsync(); });
        using var anonymous = fixture.CreateAnonymousClient();

        using var form = await anonymous.GetAsync(new Uri($"/startups/{hidden.Id}/claim", UriKind.Relative));
        using var status = await anonymous.GetAsync(new Uri($"/startups/claims/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
    }

    [Fact]
    public async Task Organisation_submitting_a_tax_code_already_listed_is_offered_the_claim_form_of_that_entry()
    {
        var listed = await fixture.SeedAsync();
        using var anonymous = fixture.CreateAnonymousClient();

        using var response = await Forms.SubmitAsync(anonymous, "/startups/submit",
        [
            new("name", SampleOrganisations.UniqueName()), new("taxCode", listed.TaxCode), new("type", "innovativeStartup"),
            new("district", "Quận Lê Chân"), new("isPublic", "true"), new("isPublic", "false"),
        ]);

        var html = await EditorPages.ShownAgainNamingAsync(response, "taxCode");
        Assert.Contains($"<a href=\"/startups/{listed.Id}/claim\">", html, StringComparison.Ordinal);
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Organisations.CountAsync(o => o.TaxCode == listed.TaxCode)));
    }
}
