using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Assets;

/// <summary>What an officer does through the API, step by step, keeping the latest ETag as a client would.</summary>
internal sealed class IpApiSteps(HttpClient client)
{
    public Guid Id { get; private set; }

    public string ETag { get; private set; } = string.Empty;

    public JsonElement Asset { get; private set; }

    public async Task<IpApiSteps> RegisterAsync(object request)
    {
        using var response = await client.PostAsJsonAsync(new Uri(IpAssetApi.Prefix, UriKind.Relative), request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await KeepAsync(response);
        return this;
    }

    public async Task<HttpResponseMessage> SendEventAsync(string kind, string date, string? reference = null, string? ifMatch = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{IpAssetApi.Prefix}/{Id}/events", UriKind.Relative))
        {
            Content = JsonContent.Create(new { kind, date, reference }),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch.Length == 0 ? ETag : ifMatch);
        }
        var response = await client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            await KeepAsync(response);
        }
        return response;
    }

    /// <summary>Records an event that must be accepted.</summary>
    public async Task<IpApiSteps> RecordAsync(string kind, string date, string? reference = null)
    {
        using var response = await SendEventAsync(kind, date, reference);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind} on {date}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return this;
    }

    /// <summary>Accepted as to form, examined if a patent, published and granted.</summary>
    public async Task<IpApiSteps> GrantAsync(string grantNumber, bool examine = true)
    {
        await RecordAsync("formalityAccepted", "2023-06-01");
        if (examine)
        {
            await RecordAsync("examinationRequested", "2023-06-15");
        }
        await RecordAsync("published", "2023-07-01", "VN-A-" + Unique.Digits(6));
        return await RecordAsync("granted", "2024-02-01", grantNumber);
    }

    private async Task KeepAsync(HttpResponseMessage response)
    {
        Asset = await response.Content.ReadFromJsonAsync<JsonElement>();
        Id = Asset.GetProperty("id").GetGuid();
        ETag = response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("No ETag.");
    }
}
