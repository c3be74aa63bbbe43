using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace StPlatform.Startups.Tests.Browser;

/// <summary>A directory editor's forms in Chromium: certificates recorded and revoked, and an edit that came too late.</summary>
[Collection(SharedStartupsService.Name)]
public sealed class EditorFormsBrowserTests(StartupsFixture fixture)
{
    private static PageGetByRoleOptions Named(string start) => new() { NameRegex = new Regex($"^{Regex.Escape(start)}") };

    [Fact]
    public async Task Editor_records_a_certificate_then_revokes_it_with_a_reason_and_the_profile_follows_each_step()
    {
        var organisation = await fixture.SeedAsync();
        var number = $"{Unique.Digits(3)}/DNKHCN-{Unique.Suffix()}";
        const string reason = "Không còn đáp ứng tỷ lệ doanh thu từ sản phẩm KH&CN theo Nghị định 13/2019/NĐ-CP.";
        await using var browser = await EditorBrowser.OpenAsync(fixture);
        var page = await browser.NewTabAsync();
        var certificateRow = page.Locator("tbody tr", new() { HasText = number });

        await page.GotoAsync($"/startups/{organisation.Id}");
        var badgeBefore = await page.InnerTextAsync("#verified-badge");
        await page.GetByRole(AriaRole.Link, Named("Ghi nhận giấy chứng nhận")).ClickAsync();
        await page.GetByLabel("Số giấy chứng nhận").FillAsync(number);
        await page.GetByLabel("Ngày cấp").FillAsync("2025-04-18");
        await page.GetByLabel("Cơ quan cấp").FillAsync("Sở Khoa học và Công nghệ Hải Phòng");
        await page.GetByRole(AriaRole.Button, Named("Ghi nhận")).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã ghi nhận giấy chứng nhận số {number}");
        var badgeCertified = await page.InnerTextAsync("#verified-badge");
        var rowCertified = await certificateRow.InnerTextAsync();
        await certificateRow.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Thu hồi") }).ClickAsync();
        await page.GetByLabel("Lý do thu hồi").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, Named("Thu hồi")).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã thu hồi giấy chứng nhận số {number}");

        Assert.DoesNotContain("chứng nhận", badgeBefore, StringComparison.Ordinal);
        Assert.Contains("Doanh nghiệp khoa học và công nghệ đã được chứng nhận", badgeCertified, StringComparison.Ordinal);
        Assert.Contains("Còn hiệu lực", rowCertified, StringComparison.Ordinal);
        Assert.Contains("Thông tin đã được Sở KH&CN xác minh", await page.InnerTextAsync("#verified-badge"), StringComparison.Ordinal);
        var rowRevoked = await certificateRow.InnerTextAsync();
        Assert.Contains("Đã thu hồi", rowRevoked, StringComparison.Ordinal);
        Assert.Contains(reason, rowRevoked, StringComparison.Ordinal);
        Assert.Equal(0, await certificateRow.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Thu hồi") }).CountAsync());
    }

    [Fact]
    public async Task Entry_saved_from_the_edit_form_with_the_public_box_left_ticked_stays_in_the_public_directory()
    {
        var organisation = await fixture.SeedAsync();
        var newName = SampleOrganisations.UniqueName();
        await using var browser = await EditorBrowser.OpenAsync(fixture);
        var page = await browser.NewTabAsync();

        await page.GotoAsync($"/startups/{organisation.Id}/edit");
        var ticked = await page.GetByLabel("Hiển thị công khai trong danh bạ").IsCheckedAsync();
        await page.GetByLabel("Tên tổ chức").FillAsync(newName);
        await page.GetByRole(AriaRole.Button, Named("Lưu")).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(newName);

        Assert.True(ticked);
        using var anonymous = fixture.CreateAnonymousClient();
        using var publicProfile = await anonymous.GetAsync(new Uri($"/startups/{organisation.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, publicProfile.StatusCode);
        Assert.Contains(newName, await publicProfile.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_form_opened_before_a_colleague_saved_is_refused_with_the_forms_message_and_keeps_what_was_typed()
    {
        var organisation = await fixture.SeedAsync();
        var theirName = SampleOrganisations.UniqueName();
        var myName = SampleOrganisations.UniqueName();
        await using var browser = await EditorBrowser.OpenAsync(fixture);
        var mine = await browser.NewTabAsync();
        var theirs = await browser.NewTabAsync();

        await mine.GotoAsync($"/startups/{organisation.Id}/edit");
        await theirs.GotoAsync($"/startups/{organisation.Id}/edit");
        await theirs.GetByLabel("Tên tổ chức").FillAsync(theirName);
        await theirs.GetByRole(AriaRole.Button, Named("Lưu")).ClickAsync();
        await Expect(theirs.Locator("h1")).ToHaveTextAsync(theirName);
        await mine.GetByLabel("Tên tổ chức").FillAsync(myName);
        await mine.GetByRole(AriaRole.Button, Named("Lưu")).ClickAsync();
        await Expect(mine.Locator("#version-error")).ToContainTextAsync("vừa được người khác sửa");

        Assert.Equal(myName, await mine.GetByLabel("Tên tổ chức").InputValueAsync());
        await mine.GotoAsync($"/startups/{organisation.Id}");
        Assert.Equal(theirName, (await mine.Locator("h1").InnerTextAsync()).Trim());
    }
}
