using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace StPlatform.Platform.Tests.Flows;

/// <summary>A client's side of the services' JSON APIs: bodies, Location and ETag, If-Match on writes.</summary>
public static class JsonApi
{
    public sealed record Answer(HttpStatusCode Status, JsonElement Body, string? ETag, string? Location);

    public static async Task<Answer> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await ReadAsync(response, HttpMethod.Get, path);
    }

    public static async Task<Answer> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        if (method == HttpMethod.Post)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }
        using var response = await client.SendAsync(request);
        return await ReadAsync(response, method, path);
    }

    /// <summary>Reads the record for its ETag, then sends the change against that version.</summary>
    public static async Task<Answer> ChangeAsync(HttpClient client, HttpMethod method, string recordPath, string path, object? body = null)
    {
        var current = await GetAsync(client, recordPath);
        return await SendAsync(client, method, path, body, current.ETag);
    }

    private static async Task<Answer> ReadAsync(HttpResponseMessage response, HttpMethod method, string path)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new Answer(response.StatusCode, body, response.Headers.ETag?.ToString(), response.Headers.Location?.OriginalString);
    }

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
