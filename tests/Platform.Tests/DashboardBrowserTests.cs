using Microsoft.Playwright;
using StPlatform.Contracts;
using StPlatform.Dashboard;

namespace StPlatform.Platform.Tests;

/// <summary>The console in Chromium, as the operator opens it from the printed link.</summary>
[Collection(RunningPlatform.Name)]
public sealed class DashboardBrowserTests(PlatformFixture platform) : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task The_operator_signs_in_sees_every_resource_running_follows_a_request_in_the_trace_view_and_tails_a_console()
    {
        var dashboard = platform.App.GetDashboard()!;
        var (response, traceId) = await TracedRequests.GetAsync(platform.Gateway, "/api/startups?page=1&pageSize=3");
        response.Dispose();
        var spans = await TracedRequests.SpansAsync(platform.App, traceId, s =>
            s.Any(x => x.Service == ResourceNames.Gateway) && s.Count(x => x.Service == ResourceNames.Startups) >= 2);
        var page = await _browser.NewPageAsync();
        // Generous: the suite runs test projects side by side on 2 cores.
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);

        await page.GotoAsync(dashboard.LoginUrl.ToString());

        Assert.Equal(new Uri(dashboard.BrowserUrl, "/").ToString(), page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tài nguyên");
        foreach (var resource in platform.App.Resources.Select(r => r.Name))
        {
            var row = page.Locator($"#resources tr[data-resource='{resource}']");
            await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("Running");
        }
        var tasksRow = page.Locator($"#resources tr[data-resource='{ResourceNames.Tasks}']");
        var pid = platform.App.ResourceNotifications.GetSnapshot(ResourceNames.Tasks).ProcessId;
        await Assertions.Expect(tasksRow.Locator("td.mono")).ToHaveTextAsync(pid!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await page.GetByRole(AriaRole.Link, new() { Name = "Dấu vết / Traces" }).ClickAsync();
        await page.Locator($"a[href='/traces/{traceId}']").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(traceId);
        var rows = page.Locator("#waterfall tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(spans.Length);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-service", ResourceNames.Gateway);
        await Assertions.Expect(page.Locator($"#waterfall tr[data-service='{ResourceNames.Startups}']")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#waterfall svg rect")).ToHaveCountAsync(spans.Length);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tài nguyên / Resources" }).ClickAsync();
        var tail = page.WaitForResponseAsync(r => r.Url.EndsWith($"/api/console/{ResourceNames.Tasks}", StringComparison.Ordinal) && r.Status == 200);
        await tasksRow.GetByRole(AriaRole.Link).Last.ClickAsync();
        await Assertions.Expect(page.Locator("#console")).ToContainTextAsync("Now listening on");
        await tail;
    }
}
