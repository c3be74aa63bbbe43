using System.Text;
using System.Text.Json;

namespace StPlatform.TestSupport.Identity;

/// <summary>Reads a JWT's header and payload as a service's log or a person with jwt.io would: no validation.</summary>
public static class Jwt
{
    public static JsonElement Header(string token) => Part(token, 0);

    public static JsonElement Payload(string token) => Part(token, 1);

    /// <summary>A claim that may be one string or an array of them, as a list.</summary>
    public static IReadOnlyList<string> Values(JsonElement payload, string claim) =>
        !payload.TryGetProperty(claim, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString()!)]
        : [value.GetString()!];

    public static string Encode(object part) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(part));

    private static JsonElement Part(string token, int index)
    {
        var part = token.Split('.')[index].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part))).RootElement.Clone();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
