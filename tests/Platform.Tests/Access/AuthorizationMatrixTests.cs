using System.Net;
using System.Text;
using System.Text.Json;

namespace StPlatform.Platform.Tests.Access;

[Collection(RunningPlatform.Name)]
public sealed class AuthorizationMatrixTests(PlatformFixture platform)
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static Dictionary<string, string>? _records;

    /// <summary>One task led by STC and one by SYT, assigned once per run by the DOST task office.</summary>
    internal static async Task<Dictionary<string, string>> RecordsAsync(PlatformFixture platform)
    {
        await Seeding.WaitAsync();
        try
        {
            if (_records is null)
            {
                var office = await platform.SessionAsync("taskoffice");
                _records = new(StringComparer.Ordinal)
                {
                    ["{stc}"] = await AssignAsync(office, "STC"),
                    ["{syt}"] = await AssignAsync(office, "SYT"),
                };
            }
            return _records;
        }
        finally
        {
            Seeding.Release();
        }
    }

    internal static string TitleFor(string unit) => $"Nhiệm vụ riêng của {unit} (kiểm thử phân quyền)";

    private static async Task<string> AssignAsync(HttpClient office, string unit)
    {
        using var response = await office.PostAsync("/api/tasks", Json(new { title = TitleFor(unit), leadUnitCode = unit }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    [Theory]
    [MemberData(nameof(AccessMatrix.Rows), MemberType = typeof(AccessMatrix))]
    public async Task Access_matrix_row(string user, string method, string path, int expected)
    {
        var records = await RecordsAsync(platform);
        var resolved = records.Aggregate(path, (p, record) => p.Replace(record.Key, record.Value, StringComparison.Ordinal));
        var client = user == "anonymous" ? platform.Gateway : await platform.SessionAsync(user);

        using var request = new HttpRequestMessage(new HttpMethod(method), resolved);
        if (method == "POST")
        {
            request.Content = Json(new { });
        }
        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{user} {method} {path}: expected {expected}, got {(int)response.StatusCode} {body}");
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    internal static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
