using System.Net;
using System.Net.Http.Json;
using System.Text;
using StPlatform.Gateway.Tests.Support;

namespace StPlatform.Gateway.Tests;

[Collection(SharedPlatform.Name)]
public sealed class ForwardingTests(Platform platform)
{
    [Theory]
    [InlineData("/api/tasks/x", "")]
    [InlineData("/api/tasks/reports/2025/q1", "?unit=7&lang=vi")]
    [InlineData("/tasks", "")]
    [InlineData("/tasks/board", "?page=2")]
    [InlineData("/ip/assets/VN-1-2024-00001", "")]
    public async Task A_request_reaches_its_service_with_the_path_and_query_unchanged(string path, string query)
    {
        using var client = platform.CreateClient();

        var response = await client.GetAsync(path + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<Echo>();
        Assert.Equal(path, echo!.Path);
        Assert.Equal(query, echo.Query);
    }

    [Fact]
    public async Task A_service_validation_problem_passes_through_unchanged()
    {
        using var client = platform.CreateClient();

        var response = await client.PostAsync("/api/tasks/invalid", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Backend.ProblemBody, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Identity_and_forwarding_headers_sent_by_a_client_never_reach_a_service()
    {
        using var client = platform.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tasks/mine");
        request.Headers.Add("X-User-Id", "admin");
        request.Headers.Add("X-User-Unit", "so-khcn");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("Forwarded", "for=203.0.113.9;host=evil.example");
        request.Headers.Add("X-Request-Note", "kept");

        var echo = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<Echo>();

        Assert.DoesNotContain(echo!.Headers.Keys, name => name.StartsWith("X-User-", StringComparison.OrdinalIgnoreCase));
        Assert.False(echo.Headers.ContainsKey("Forwarded"));
        Assert.DoesNotContain("evil.example", echo.Headers.GetValueOrDefault("X-Forwarded-Host", ""), StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.9", echo.Headers.GetValueOrDefault("X-Forwarded-For", ""), StringComparison.Ordinal);
        Assert.Equal("localhost", echo.Headers["X-Forwarded-Host"]);
        Assert.Equal("kept", echo.Headers["X-Request-Note"]);
    }
}
