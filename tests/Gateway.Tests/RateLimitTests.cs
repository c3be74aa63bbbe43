using System.Net;
using StPlatform.Contracts;
using StPlatform.Gateway.Tests.Support;

namespace StPlatform.Gateway.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Caller_over_the_per_address_budget_gets_a_429_problem_with_retry_after_while_probes_still_answer()
    {
        await using var tasks = await Backend.StartAsync(ResourceNames.Tasks);
        await using var gateway = new GatewayFactory(
            new Dictionary<string, Uri[]> { [ResourceNames.Tasks] = [tasks.Address] },
            new Dictionary<string, string?> { ["Gateway:RateLimits:PerIpPerMinute"] = "3" });
        using var client = gateway.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/api/tasks/items");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using var refused = await client.GetAsync("/api/tasks/items");
        using var probe = await client.GetAsync("/alive");

        await ProblemAssert.IsProblemAsync(refused, (int)HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
    }
}
