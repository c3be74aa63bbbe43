using System.Text.Json;
using static StPlatform.Platform.Tests.Flows.JsonApi;

namespace StPlatform.Platform.Tests.Flows;

/// <summary>
/// DOMAIN.md features 1, 2 and 6, through the gateway and the real broker: a patent granted in the
/// IP registry counts toward the programme registry's "patents protected" and shows on its owner's
/// directory profile; an S&T-enterprise certificate counts toward "S&T enterprises" and its
/// revocation takes it back.
/// </summary>
[Collection(RunningPlatform.Name)]
public sealed class IndicatorFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_patent_granted_in_the_IP_registry_raises_patents_protected_within_two_seconds_and_joins_its_owners_profile()
    {
        var programmes = await platform.SessionAsync("programmes");
        var indicator = await AddIndicatorAsync(programmes, "patentsProtected", "Số sáng chế được bảo hộ");
        var before = await CurrentValueAsync(programmes, indicator);
        var directory = await platform.SessionAsync("directory");
        var taxCode = FlowData.TaxCode();
        var organisation = await RegisterOrganisationAsync(directory, taxCode, "innovativeStartup");

        var ip = await platform.SessionAsync("ipofficer");
        var asset = (await SendAsync(ip, HttpMethod.Post, "/api/ip", new
        {
            objectType = "patent",
            title = "Phương pháp nuôi cấy vi tảo biển làm thức ăn cho tôm giống",
            titleEn = "Method of culturing marine microalgae as feed for shrimp fry",
            applicationNumber = FlowData.ApplicationNumber(),
            filedOn = "2024-02-05",
            owners = new[] { new { name = "Công ty Cổ phần Vi tảo Đồ Sơn", taxCode } },
            inventors = new[] { "Phạm Thị Thu Hà" },
            classes = new[] { "A23K 50/80" },
        })).Location!;
        foreach (var (kind, date) in new[] { ("formalityAccepted", "2024-03-05"), ("published", "2024-06-25"), ("examinationRequested", "2024-07-01") })
        {
            await ChangeAsync(ip, HttpMethod.Post, asset, $"{asset}/events", new { kind, date });
        }
        var grantNumber = $"1-00{Random.Shared.Next(10_000, 99_999)}";
        await ChangeAsync(ip, HttpMethod.Post, asset, $"{asset}/events", new { kind = "granted", date = "2026-11-02", reference = grantNumber });
        var granted = DateTime.UtcNow;

        await WaitForValueAsync(programmes, indicator, before + 1, seconds: 10);
        var took = DateTime.UtcNow - granted;
        Assert.True(took < TimeSpan.FromSeconds(2), $"The indicator rose {took.TotalMilliseconds:F0} ms after the grant was recorded.");
        var assetId = asset.Split('/')[^1];
        // The directory hears of the filing and of the grant as two events, in that order: the
        // profile is complete once the grant has arrived, not as soon as the asset is listed.
        var profile = await Eventually.GetStringAsync(directory, $"/api/startups/{organisation}",
            body => body.Contains(assetId, StringComparison.Ordinal) && body.Contains(grantNumber, StringComparison.Ordinal));
        var portfolio = JsonDocument.Parse(profile).RootElement.GetProperty("ipPortfolio").EnumerateArray().Single();
        Assert.Equal("patent", portfolio.Text("objectType"));
        Assert.Equal(grantNumber, portfolio.GetProperty("grantNumber").GetString());
    }

    [Fact]
    public async Task An_ST_enterprise_certificate_counts_toward_the_target_and_its_revocation_takes_it_back()
    {
        var programmes = await platform.SessionAsync("programmes");
        var indicator = await AddIndicatorAsync(programmes, "stEnterprises", "Số doanh nghiệp khoa học và công nghệ");
        var before = await CurrentValueAsync(programmes, indicator);
        var directory = await platform.SessionAsync("directory");
        var organisation = await RegisterOrganisationAsync(directory, FlowData.TaxCode(), "scienceTechnologyEnterprise");

        var certificate = await SendAsync(directory, HttpMethod.Post, $"/api/startups/{organisation}/certificates", new
        {
            number = $"{Random.Shared.Next(10, 99)}/DNKHCN",
            issuedOn = "2026-10-15",
            issuer = "Sở Khoa học và Công nghệ Hải Phòng",
        });
        await WaitForValueAsync(programmes, indicator, before + 1, seconds: 15);

        await SendAsync(directory, HttpMethod.Post, $"/api/startups/{organisation}/certificates/{certificate.Body.Text("id")}/revocation",
            new { reason = "Không còn đáp ứng điều kiện doanh thu từ sản phẩm khoa học và công nghệ", revokedOn = "2026-11-20" });
        await WaitForValueAsync(programmes, indicator, before, seconds: 15);
    }

    /// <summary>An indicator of a programme registered for the test; its path in the API.</summary>
    private static async Task<string> AddIndicatorAsync(HttpClient programmes, string measure, string name)
    {
        var document = (await SendAsync(programmes, HttpMethod.Post, "/api/programmes", new
        {
            kind = "programme",
            number = FlowData.PlanNumber().Replace("KH", "QĐ", StringComparison.Ordinal),
            title = "Chương trình phát triển tài sản trí tuệ và doanh nghiệp khoa học và công nghệ",
            issuer = "UBND thành phố Hải Phòng",
            signedOn = "2026-01-10",
            periodStartYear = 2026,
            periodEndYear = 2030,
            leadUnitCode = "SKHCN",
        })).Location!;
        var indicator = await SendAsync(programmes, HttpMethod.Post, $"{document}/indicators", new
        {
            name,
            unit = "số lượng",
            direction = "atLeast",
            baselineYear = 2025,
            baselineValue = 0,
            targets = new[] { new { year = 2030, value = 5 } },
            measure,
        });
        return $"{document}/indicators/{indicator.Body.Text("id")}";
    }

    private static async Task<string> RegisterOrganisationAsync(HttpClient directory, string taxCode, string type)
    {
        var created = await SendAsync(directory, HttpMethod.Post, "/api/startups", new
        {
            name = $"Công ty Cổ phần Công nghệ Đồ Sơn {taxCode}",
            taxCode,
            type,
            district = "Quận Đồ Sơn",
            foundedYear = 2019,
        });
        return created.Body.GetProperty("id").GetString()!;
    }

    private static async Task<decimal> CurrentValueAsync(HttpClient programmes, string indicator)
    {
        var list = (await GetAsync(programmes, indicator[..indicator.LastIndexOf('/')])).Body;
        var id = indicator[(indicator.LastIndexOf('/') + 1)..];
        var found = list.EnumerateArray().Single(i => i.Text("id") == id);
        return found.GetProperty("currentValue").ValueKind == JsonValueKind.Number ? found.GetProperty("currentValue").GetDecimal() : 0m;
    }

    private static async Task WaitForValueAsync(HttpClient programmes, string indicator, decimal expected, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        decimal seen;
        while ((seen = await CurrentValueAsync(programmes, indicator)) != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{indicator} stayed at {seen}, expected {expected} within {seconds} s");
            await Task.Delay(100);
        }
    }
}
