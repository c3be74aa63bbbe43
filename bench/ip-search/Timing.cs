using System.Diagnostics;
using Npgsql;

namespace StPlatform.IntellectualProperty.Bench;

internal static class Timing
{
    /// <summary>
    /// An anonymous reader's search over HTTP, the whole response read to the end: through the
    /// gateway, or at the IP service itself (the gateway's hop left out).
    /// </summary>
    public static async Task<double> ApiAsync(HttpClient http, string query)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(new Uri($"/api/ip?q={Uri.EscapeDataString(query)}&pageSize=20", UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>A visitor opening the public register page (search, facets, HTML) through the gateway, read to the end.</summary>
    public static async Task<double> RegisterAsync(HttpClient gateway, string query)
    {
        var watch = Stopwatch.StartNew();
        using var response = await gateway.GetAsync(new Uri(query.Length == 0 ? "/ip" : $"/ip?q={Uri.EscapeDataString(query)}", UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The same statements straight to PostgreSQL, rows read to the end.</summary>
    public static async Task<double> DirectAsync(NpgsqlDataSource source, IReadOnlyList<SearchStep> statements)
    {
        var watch = Stopwatch.StartNew();
        await SearchSql.RunAsync(source, statements);
        return watch.Elapsed.TotalMilliseconds;
    }
}
