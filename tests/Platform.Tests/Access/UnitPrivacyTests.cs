using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace StPlatform.Platform.Tests.Access;

/// <summary>Beyond the matrix: lists, pages, forged headers and tokens, forms without their token, machine clients.</summary>
[Collection(RunningPlatform.Name)]
public sealed class UnitPrivacyTests(PlatformFixture platform)
{
    [Fact]
    public async Task Unit_officer_lists_and_pages_show_their_units_task_but_never_another_units()
    {
        await AccessRecords.SharedAsync(platform);
        var officer = await platform.SessionAsync("officer.stc");

        var list = await officer.GetStringAsync("/api/tasks?pageSize=100");
        var page = await officer.GetStringAsync("/tasks");

        Assert.Contains(AccessRecords.TaskTitle("STC"), list, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessRecords.TaskTitle("SYT"), list, StringComparison.Ordinal);
        Assert.Contains(AccessRecords.TaskTitle("STC"), page, StringComparison.Ordinal);
        Assert.DoesNotContain(AccessRecords.TaskTitle("SYT"), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identity_headers_sent_by_a_client_grant_nothing()
    {
        var records = await AccessRecords.SharedAsync(platform);
        var officer = await platform.SessionAsync("officer.stc");

        using var anonymous = new HttpRequestMessage(HttpMethod.Post, "/api/tasks") { Content = AuthorizationMatrixTests.Json(new { }) };
        Spoof(anonymous);
        using var refusedAnonymous = await platform.Gateway.SendAsync(anonymous);
        using var other = new HttpRequestMessage(HttpMethod.Get, $"/api/tasks/{records["{syt}"].Id}");
        Spoof(other);
        using var refusedOfficer = await officer.SendAsync(other);

        Assert.Equal(HttpStatusCode.Unauthorized, refusedAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refusedOfficer.StatusCode);
    }

    [Fact]
    public async Task Forged_tokens_through_the_gateway_are_401_problems()
    {
        var machine = await MachineTokenAsync();
        var parts = machine.Split('.');
        var payload = JsonSerializer.Deserialize<Dictionary<string, object>>(Decode(parts[1]))!;
        payload["aud"] = "tasks";
        payload["role"] = "platform-admin";
        var tampered = $"{parts[0]}.{Encode(JsonSerializer.Serialize(payload))}.{parts[2]}";
        var unsigned = $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode(JsonSerializer.Serialize(payload))}.";

        foreach (var (name, token) in new[] { ("tampered", tampered), ("alg none", unsigned), ("another service's audience", machine) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tasks");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await platform.Gateway.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Machine_client_writes_to_the_directory_with_its_own_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/startups") { Content = AuthorizationMatrixTests.Json(new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await MachineTokenAsync());

        using var response = await platform.Gateway.SendAsync(request);

        // Allowed in (directory editor), refused only for the empty body.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Form_posted_without_its_antiforgery_token_changes_nothing()
    {
        var office = await platform.SessionAsync("taskoffice");
        var title = $"Nhiệm vụ giả mạo {Guid.NewGuid():N}";

        using var response = await office.PostAsync("/tasks/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["title"] = title,
            ["leadUnitCode"] = "STC",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(title, await office.GetStringAsync("/api/tasks?pageSize=100"), StringComparison.Ordinal);
    }

    private async Task<string> MachineTokenAsync()
    {
        using var response = await platform.Gateway.PostAsync("/identity/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "city-feed",
            ["client_secret"] = "dev-city-feed-secret",
            ["scope"] = "startups",
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    private static void Spoof(HttpRequestMessage request)
    {
        request.Headers.Add("X-User-Id", "admin");
        request.Headers.Add("X-User-Roles", "platform-admin");
        request.Headers.Add("X-User-Unit", "SYT");
        request.Headers.Add("X-Forwarded-For", "10.0.0.1");
    }

    private static string Decode(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '=')));
    }

    private static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
