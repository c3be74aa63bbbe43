using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace StPlatform.Platform.Tests.Access;

/// <summary>
/// What a person would read in a response: the strings of a JSON body (however the service escapes
/// them), the text of an Excel or Word download (the XML parts of the package), or the page as sent.
/// </summary>
public static class ResponseText
{
    public static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (mediaType.StartsWith("application/vnd.openxmlformats", StringComparison.Ordinal))
        {
            using var package = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
            var text = new StringBuilder();
            foreach (var part in package.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(part.Open(), Encoding.UTF8);
                text.AppendLine(await reader.ReadToEndAsync());
            }
            return text.ToString();
        }
        var body = await response.Content.ReadAsStringAsync();
        if (mediaType.EndsWith("json", StringComparison.Ordinal) && body.Length > 0)
        {
            using var document = JsonDocument.Parse(body);
            var strings = new StringBuilder();
            Collect(document.RootElement, strings);
            return strings.ToString();
        }
        return body;
    }

    private static void Collect(JsonElement element, StringBuilder strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.AppendLine(element.GetString());
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }
                break;
            default:
                break;
        }
    }
}
