using System.Globalization;
using System.Net;
using System.Text.Json;

namespace StPlatform.Platform.Tests.Access;

/// <summary>
/// The gateway's budget per signed-in person (<see cref="PlatformFixture.PerUserPerMinute"/> in
/// this run): one person over it is refused, the others on the same address are not. The two
/// officers here are used by no other test, so their budgets are theirs alone.
/// </summary>
[Collection(RunningPlatform.Name)]
public sealed class PerUserRateLimitTests(PlatformFixture platform)
{
    private const string Path = "/api/tasks?pageSize=1";

    [Fact]
    public async Task A_person_over_their_budget_gets_a_429_problem_with_retry_after_while_another_person_and_anonymous_callers_go_on()
    {
        using var busy = await GatewaySession.SignInAsync(platform.Gateway.BaseAddress!, "officer.ubnd-lc");
        using var other = await GatewaySession.SignInAsync(platform.Gateway.BaseAddress!, "officer.ubnd-nq");

        var allowed = 0;
        HttpResponseMessage? refused = null;
        // Bounded: the budget and one more; a window that rolled over mid-way would show as a miss.
        for (var i = 0; i <= PlatformFixture.PerUserPerMinute && refused is null; i++)
        {
            var response = await busy.GetAsync(Path);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
                continue;
            }
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Request {i + 1} answered {response.StatusCode}");
            response.Dispose();
            allowed++;
        }

        using (refused)
        {
            Assert.NotNull(refused);
            Assert.Equal(PlatformFixture.PerUserPerMinute, allowed);
            var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
            Assert.InRange(retryAfter, 1, 60);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        }
        using var stillRefused = await busy.GetAsync(Path);
        using var otherPerson = await other.GetAsync(Path);
        using var anonymous = await platform.Gateway.GetAsync("/api/startups?pageSize=1");

        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherPerson.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }
}
