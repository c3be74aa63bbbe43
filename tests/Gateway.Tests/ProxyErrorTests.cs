using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using StPlatform.Contracts;
using StPlatform.Gateway.Landing;
using StPlatform.Gateway.Tests.Support;

namespace StPlatform.Gateway.Tests;

[Collection(SharedPlatform.Name)]
public sealed class ProxyErrorTests(Platform platform)
{
    [Fact]
    public async Task A_stopped_service_answers_a_problem_while_a_running_one_keeps_answering()
    {
        using var client = platform.CreateClient();

        var down = await client.GetAsync("/api/programmes/plans");
        var up = await client.GetAsync("/api/tasks/x");

        var problem = await ProblemAssert.IsProblemAsync(down, StatusCodes.Status502BadGateway, StatusCodes.Status503ServiceUnavailable);
        Assert.Equal("/api/programmes/plans", problem.GetProperty("instance").GetString());
        Assert.Contains("programmes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
    }

    [Fact]
    public async Task A_stopped_service_keeps_answering_problems_after_its_probes_fail()
    {
        using var client = platform.CreateClient();
        var states = await GatewayStatusReader.WaitForAsync(client, new Dictionary<string, ServiceState> { [ResourceNames.Startups] = ServiceState.Down });
        Assert.Equal(ServiceState.Down, states[ResourceNames.Startups]);

        var response = await client.PostAsync("/api/startups/organisations", new StringContent("{}", Encoding.UTF8, "application/json"));

        await ProblemAssert.IsProblemAsync(response, StatusCodes.Status502BadGateway, StatusCodes.Status503ServiceUnavailable);
    }

    [Fact]
    public async Task A_service_slower_than_the_activity_timeout_answers_504()
    {
        using var client = platform.CreateClient();

        var started = TimeProvider.System.GetTimestamp();
        var response = await client.GetAsync("/api/tasks/slow");
        var elapsed = TimeProvider.System.GetElapsedTime(started);

        var problem = await ProblemAssert.IsProblemAsync(response, StatusCodes.Status504GatewayTimeout);
        Assert.Contains("tasks", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(elapsed, TimeSpan.Parse(Platform.ActivityTimeout, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(15));
    }

    [Theory]
    [InlineData("GET", "/no-such-place")]
    [InlineData("GET", "/api/unknown-service/items")]
    [InlineData("POST", "/api/nothing")]
    [InlineData("GET", "/taskss")]
    public async Task A_path_no_service_serves_answers_404_problem(string method, string path)
    {
        using var client = platform.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await ProblemAssert.IsProblemAsync(response, StatusCodes.Status404NotFound);
        Assert.Equal(path, problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task The_gateway_is_healthy_while_a_service_is_down()
    {
        using var client = platform.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
