using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.Programmes.Documents;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Documents;

/// <summary>Valid documents with titles no other test uses.</summary>
internal static class SampleDocuments
{
    public static object Request(string title, string kind = "plan") => new
    {
        kind,
        number = "2629/KH-UBND",
        title,
        issuer = "UBND thành phố Hải Phòng",
        signedOn = "2025-03-14",
        periodStartYear = 2025,
        periodEndYear = 2030,
    };

    public static string UniqueTitle() => $"Kế hoạch phát triển khoa học, công nghệ và đổi mới sáng tạo Hải Phòng {Unique.Suffix()}";

    public static ProgrammeDocument Entity(string title, DateOnly signedOn) => new()
    {
        Kind = ProgrammeDocumentKind.Programme,
        Number = "08-NQ/TU",
        Title = title,
        Issuer = "Thành ủy Hải Phòng",
        SignedOn = signedOn,
        PeriodStartYear = 2021,
        PeriodEndYear = 2025,
    };

    /// <summary>Registers a draft through the API; returns its location and ETag.</summary>
    public static async Task<(Uri Location, string ETag, JsonElement Body)> CreateAsync(HttpClient client, string? title = null, string kind = "plan")
    {
        using var response = await client.PostAsJsonAsync(new Uri(ProgrammeDocumentApi.Prefix, UriKind.Relative), Request(title ?? UniqueTitle(), kind));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (response.Headers.Location!, response.Headers.ETag!.Tag, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>Sends <paramref name="body"/> with If-Match; returns the response.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? etag)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        return await client.SendAsync(request);
    }
}
