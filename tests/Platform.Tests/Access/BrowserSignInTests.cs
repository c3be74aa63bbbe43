using Microsoft.Playwright;

namespace StPlatform.Platform.Tests.Access;

/// <summary>A unit officer in a real browser (Chromium): signs in, sees their unit's tasks, is refused another unit's.</summary>
[Collection(RunningPlatform.Name)]
public sealed class BrowserSignInTests(PlatformFixture platform)
{
    [Fact]
    public async Task Unit_officer_signs_in_in_a_browser_sees_their_tasks_and_is_refused_another_units_task()
    {
        var records = await AccessRecords.SharedAsync(platform);
        var gateway = platform.Gateway.BaseAddress!.ToString().TrimEnd('/');
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        // Generous: the suite runs test projects side by side on 2 cores.
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);

        await page.GotoAsync($"{gateway}/tasks");
        await page.GetByLabel("Tên đăng nhập").FillAsync("officer.stc");
        await page.GetByLabel("Mật khẩu").FillAsync(GatewaySession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync($"{gateway}/tasks");

        var list = await page.ContentAsync();
        Assert.Contains(AccessRecords.TaskTitle("STC"), list, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessRecords.TaskTitle("SYT"), list, StringComparison.Ordinal);
        var session = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "stp.session");
        Assert.True(session.HttpOnly && session.Secure && session.SameSite == SameSiteAttribute.Lax);

        var own = await page.GotoAsync($"{gateway}/api/tasks/{records["{stc}"].Id}");
        var other = await page.GotoAsync($"{gateway}/api/tasks/{records["{syt}"].Id}");

        Assert.Equal(200, own!.Status);
        Assert.Equal(404, other!.Status);
        Assert.DoesNotContain(AccessRecords.TaskTitle("SYT"), await page.ContentAsync(), StringComparison.Ordinal);
    }
}
