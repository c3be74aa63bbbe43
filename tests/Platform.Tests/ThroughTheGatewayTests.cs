using System.Net;
using System.Text.Json;
using StPlatform.Contracts;
using StPlatform.Hosting.Testing;

namespace StPlatform.Platform.Tests;

[Collection(RunningPlatform.Name)]
public sealed class ThroughTheGatewayTests(PlatformFixture platform)
{
    [Theory]
    [MemberData(nameof(ServicePaths.All), MemberType = typeof(ServicePaths))]
    public async Task Each_department_page_is_served_through_the_gateway(string service, string path, string heading)
    {
        // The city's leadership reads every service, the unit-private task list included.
        var viewer = await platform.SessionAsync("viewer");
        using var response = await viewer.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
        Assert.True(html.Contains(heading, StringComparison.Ordinal), $"{service}'s page lacks its heading '{heading}'");
    }

    [Theory]
    [MemberData(nameof(ServicePaths.All), MemberType = typeof(ServicePaths))]
    public async Task Each_department_api_lists_its_records_through_the_gateway(string service, string path, string heading)
    {
        _ = heading;
        var viewer = await platform.SessionAsync("viewer");
        using var response = await viewer.GetAsync($"/api{path}?page=1&pageSize=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.TryGetProperty("items", out var items), $"{service} API answered without items");
        Assert.Equal(JsonValueKind.Array, items.ValueKind);
    }

    [Fact]
    public async Task The_landing_page_links_every_department_and_shows_them_up()
    {
        var html = await platform.Gateway.GetStringAsync("/");

        foreach (var path in new[] { "/programmes", "/tasks", "/ip", "/startups" })
        {
            Assert.Contains($"href=\"{path}", html, StringComparison.Ordinal);
        }
        using var status = JsonDocument.Parse(await Eventually.GetStringAsync(platform.Gateway, "/api/gateway/status",
            body => !body.Contains("\"Unknown\"", StringComparison.Ordinal)));
        foreach (var entry in status.RootElement.GetProperty("services").EnumerateArray())
        {
            Assert.Equal("Up", entry.GetProperty("state").GetString());
        }
    }

    [Fact]
    public async Task An_unknown_path_answers_a_problem_document()
    {
        using var response = await platform.Gateway.GetAsync("/api/no-such-service/items");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_service_reports_its_database_and_broker_healthy()
    {
        foreach (var service in ServicePaths.Services)
        {
            using var client = platform.App.CreateHttpClient(service);
            var body = await client.GetStringAsync("/health");
            using var health = JsonDocument.Parse(body);
            var checks = health.RootElement.GetProperty("checks");
            Assert.Equal("Healthy", checks.GetProperty("PostgreSql").GetProperty("status").GetString());
            Assert.Equal("Healthy", checks.GetProperty("RabbitMQ.Client").GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task A_record_created_through_the_gateway_is_listed_by_its_service()
    {
        var title = $"Nhiệm vụ kiểm thử {Guid.NewGuid():N}";
        var taskOffice = await platform.SessionAsync("taskoffice");
        using var created = await taskOffice.PostAsync("/api/tasks", JsonContent(new
        {
            title,
            leadUnitCode = "SKHCN",
            coordinatingUnitCodes = new[] { "STC", "SKHDT" },
        }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var list = await taskOffice.GetStringAsync($"/api/tasks?pageSize=100");
        Assert.Contains(title, list, StringComparison.Ordinal);
        Assert.NotNull(await platform.App.GetConnectionStringAsync(ResourceNames.TasksDb));
    }

    private static StringContent JsonContent(object value) =>
        new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");
}
