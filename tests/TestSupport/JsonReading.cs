using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StPlatform.TestSupport;

/// <summary>Reads API bodies as the services write them: camelCase, enums by name.</summary>
public static class JsonReading
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task<T> ReadAsync<T>(this HttpContent content) =>
        await content.ReadFromJsonAsync<T>(Options) ?? throw new InvalidOperationException("The body was empty.");

    /// <summary>Every item of a paged list, walking its pages (at most <paramref name="maxPages"/>).</summary>
    public static async Task<List<JsonElement>> ReadAllPagesAsync(this HttpClient client, string path, int maxPages = 50)
    {
        ArgumentNullException.ThrowIfNull(client);
        var items = new List<JsonElement>();
        for (var page = 1; page <= maxPages; page++)
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var body = await client.GetFromJsonAsync<JsonElement>(new Uri($"{path}{separator}page={page}&pageSize=100", UriKind.Relative));
            items.AddRange(body.GetProperty("items").EnumerateArray());
            if (!body.GetProperty("hasNext").GetBoolean())
            {
                break;
            }
        }
        return items;
    }
}
