using System.Net;
using System.Text.Json;

namespace StPlatform.TestSupport;

/// <summary>What every error a client receives must be: RFC 9457 problem details, nothing internal.</summary>
public static class ProblemAssert
{
    private static readonly string[] Internals = ["   at ", "Exception", "Npgsql", "StPlatform.", "/work/", "SELECT ", "INSERT "];

    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        foreach (var secret in Internals)
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        return problem;
    }

    /// <summary>A problem whose <c>errors</c> name exactly these fields (as the client spelled them).</summary>
    public static async Task<JsonElement> NamesFieldsAsync(HttpResponseMessage response, HttpStatusCode status, params string[] fields)
    {
        var problem = await IsProblemAsync(response, status);
        var named = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal);
        Assert.Equal(fields.Order(StringComparer.Ordinal), named);
        return problem;
    }
}
