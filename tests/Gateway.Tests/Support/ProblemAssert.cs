using System.Text.Json;

namespace StPlatform.Gateway.Tests.Support;

internal static class ProblemAssert
{
    /// <summary>
    /// The response is RFC 9457 problem details with the given status, a trace id and a bilingual
    /// title, and says nothing about sockets, exceptions or addresses.
    /// </summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, params int[] statuses)
    {
        Assert.Contains((int)response.StatusCode, statuses);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var text = await response.Content.ReadAsStringAsync();
        foreach (var leak in new[] { "Exception", "refused", "socket", "127.0.0.1", "   at " })
        {
            Assert.DoesNotContain(leak, text, StringComparison.OrdinalIgnoreCase);
        }

        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("type").GetString()));
        Assert.Contains(" / ", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        return problem;
    }
}
