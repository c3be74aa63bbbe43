using Microsoft.Playwright;
using StPlatform.Contracts;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Tests.Tasks;
using StPlatform.TestSupport;
using StPlatform.TestSupport.Identity;

namespace StPlatform.Tasks.Tests.Browser;

/// <summary>A unit officer in a real browser (Debian's Chromium), the service on a real socket.</summary>
[Collection(SharedTasksService.Name)]
public sealed class ReportInBrowserTests(TasksFixture fixture)
{
    [Fact]
    public async Task Unit_officer_opens_my_tasks_follows_a_task_and_submits_a_progress_report()
    {
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
        task.LeadUnitCodes = ["SDL"];
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.Add(task);
            return db.SaveChangesAsync();
        });
        await using var server = fixture.Service.WithWebHostBuilder(_ => { });
        var address = server.StartOnLoopback().ToString().TrimEnd('/');
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        // The gateway holds the session and forwards a token; here the browser carries the token itself.
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address,
            ExtraHTTPHeaders = new Dictionary<string, string>
            {
                ["Authorization"] = $"Bearer {TestTokens.Issue(ResourceNames.Tasks, PlatformRoles.UnitOfficer, "SDL")}",
            },
        });
        var page = await context.NewPageAsync();
        // Generous: the suite runs test projects side by side on 2 cores.
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);

        await page.GotoAsync("/tasks/mine");
        await page.GetByRole(AriaRole.Link, new() { Name = task.Title }).ClickAsync();
        await page.GetByLabel("Kỳ báo cáo").SelectOptionAsync("2025-Y");
        await page.GetByLabel("Nội dung").FillAsync("Đã ban hành quy chế quản lý dữ liệu du lịch số");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();

        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Contains("Đã gửi báo cáo", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Đã ban hành quy chế quản lý dữ liệu du lịch số", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Năm 2025: Chậm / Late", await page.ContentAsync(), StringComparison.Ordinal);
    }
}
