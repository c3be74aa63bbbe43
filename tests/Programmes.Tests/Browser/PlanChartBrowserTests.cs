using Microsoft.Playwright;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Browser;

/// <summary>
/// A programme manager, in a real (headless) Chromium, registers a plan, gives it an indicator and a
/// measured value, and sees the indicator's chart. The service runs on Kestrel beside the shared
/// one, against the same database and broker; the gateway's session is replaced by a bearer token.
/// </summary>
[Collection(SharedProgrammesService.Name)]
public sealed class PlanChartBrowserTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Manager_creates_a_plan_adds_an_indicator_and_a_value_and_sees_its_chart()
    {
        await using var browser = await ManagerBrowser.OpenAsync(fixture);
        var page = await browser.NewTabAsync();
        var title = $"Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo {Unique.Suffix()}";

        await page.GotoAsync("/programmes/new");
        await page.SelectOptionAsync("#kind", "plan");
        await page.FillAsync("#number", "45/KH-UBND");
        await page.FillAsync("#title", title);
        await page.FillAsync("#issuer", "UBND thành phố Hải Phòng");
        await page.FillAsync("#signedOn", "2021-03-10");
        await page.FillAsync("#periodStartYear", "2021");
        await page.FillAsync("#periodEndYear", "2025");
        await page.ClickAsync("button[type=submit]");
        await page.ClickAsync("text=Thêm chỉ tiêu");
        await page.FillAsync("#name", "Số doanh nghiệp khởi nghiệp được hỗ trợ");
        await page.FillAsync("#unit", "doanh nghiệp");
        await page.FillAsync("#baselineYear", "2020");
        await page.FillAsync("#baselineValue", "10");
        await page.FillAsync("#targetsText", "2023: 40; 2025: 60");
        await page.ClickAsync("button[type=submit]");
        await page.ClickAsync("text=Nhập số liệu");
        await page.FillAsync("#year", "2022");
        await page.FillAsync("#value", "32");
        await page.FillAsync("#source", "Báo cáo số 73/BC-SKHCN");
        await page.ClickAsync("button[type=submit]");

        Assert.Contains(title, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        var chart = page.Locator("svg.indicator-chart");
        Assert.Equal(1, await chart.CountAsync());
        Assert.Equal(2, await chart.Locator("rect.target").CountAsync());
        Assert.Equal(1, await chart.Locator("circle.measurement").CountAsync());
        Assert.Contains("Đúng tiến độ", await page.InnerTextAsync("section.indicator"), StringComparison.Ordinal);
        Assert.Contains("2022: 32", await page.InnerTextAsync("figcaption"), StringComparison.Ordinal);
    }
}
