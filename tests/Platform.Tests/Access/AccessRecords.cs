using System.Net;
using System.Text.Json;
using StPlatform.Platform.Tests.Flows;

namespace StPlatform.Platform.Tests.Access;

/// <summary>A record the matrix names by a placeholder: its id in paths, its title in bodies.</summary>
public sealed record AccessRecord(string Id, string Title);

/// <summary>
/// The records the matrix's placeholders stand for, created through the gateway by the role that
/// creates them: once per run, except <c>{stc*}</c>, a fresh task for each row that changes it.
/// </summary>
public static class AccessRecords
{
    private const string Marker = "kiểm thử phân quyền";
    private const string Coordinating = "SKHDT";
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static Dictionary<string, AccessRecord>? _records;

    public static string TaskTitle(string unit) => $"Nhiệm vụ riêng của {unit} ({Marker})";

    public static async Task<IReadOnlyDictionary<string, AccessRecord>> SharedAsync(PlatformFixture platform)
    {
        await Seeding.WaitAsync();
        try
        {
            _records ??= new(StringComparer.Ordinal)
            {
                ["{stc}"] = await TaskAsync(platform, TaskTitle("STC"), "STC", Coordinating),
                ["{syt}"] = await TaskAsync(platform, TaskTitle("SYT"), "SYT"),
                ["{ip-filed}"] = await FiledIpAssetAsync(platform),
                ["{startup-pending}"] = await PendingStartupAsync(platform),
                ["{programme-draft}"] = await DraftProgrammeAsync(platform),
            };
            return _records;
        }
        finally
        {
            Seeding.Release();
        }
    }

    /// <summary>A task led by STC with SKHDT coordinating, for one row that moves it along.</summary>
    public static Task<AccessRecord> FreshTaskAsync(PlatformFixture platform) =>
        TaskAsync(platform, $"Nhiệm vụ của STC cho một bước ({Marker}) {Guid.NewGuid():N}", "STC", Coordinating);

    private static async Task<AccessRecord> TaskAsync(PlatformFixture platform, string title, string lead, params string[] coordinating) =>
        new(await CreateAsync(platform, "taskoffice", "/api/tasks", new { title, leadUnitCode = lead, coordinatingUnitCodes = coordinating }, HttpStatusCode.Created), title);

    private static async Task<AccessRecord> FiledIpAssetAsync(PlatformFixture platform)
    {
        var title = $"Thiết bị lọc nước nhiễm mặn dùng năng lượng mặt trời ({Marker}) {Guid.NewGuid():N}";
        var id = await CreateAsync(platform, "ipofficer", "/api/ip", new
        {
            objectType = "patent",
            title,
            applicationNumber = FlowData.ApplicationNumber(),
            filedOn = "2026-09-15",
            owners = new[] { new { name = "Công ty TNHH Nước sạch Tiên Lãng", taxCode = FlowData.TaxCode() } },
            inventors = new[] { "Nguyễn Văn Hùng" },
        }, HttpStatusCode.Created);
        return new(id, title);
    }

    private static async Task<AccessRecord> PendingStartupAsync(PlatformFixture platform)
    {
        var taxCode = FlowData.TaxCode();
        var name = $"Công ty Cổ phần Công nghệ Cát Bà {taxCode} ({Marker})";
        var id = await CreateAsync(platform, "anonymous", "/api/startups/submissions",
            new { name, taxCode, type = "innovativeStartup", district = "Huyện Cát Hải", foundedYear = 2023 }, HttpStatusCode.Accepted);
        return new(id, name);
    }

    private static async Task<AccessRecord> DraftProgrammeAsync(PlatformFixture platform)
    {
        var title = $"Dự thảo kế hoạch chuyển đổi số ngành y tế ({Marker}) {Guid.NewGuid():N}";
        var id = await CreateAsync(platform, "programmes", "/api/programmes", new
        {
            kind = "plan",
            number = FlowData.PlanNumber(),
            title,
            issuer = "UBND thành phố Hải Phòng",
            signedOn = "2026-10-01",
            periodStartYear = 2026,
            periodEndYear = 2027,
            leadUnitCode = "SKHCN",
        }, HttpStatusCode.Created);
        return new(id, title);
    }

    private static async Task<string> CreateAsync(PlatformFixture platform, string user, string path, object body, HttpStatusCode expected)
    {
        var client = user == "anonymous" ? platform.Gateway : await platform.SessionAsync(user);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = AuthorizationMatrixTests.Json(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{user} POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }
}
