using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;

namespace StPlatform.IntellectualProperty.Tests.Assets;

[Collection(SharedIpService.Name)]
public sealed class IdempotentRegistrationTests(IpFixture fixture)
{
    [Fact]
    public async Task Registration_retried_with_the_same_idempotency_key_replays_the_first_answer_and_records_once()
    {
        using var client = fixture.CreateClient();
        var number = SampleAssets.UniqueApplicationNumber();
        var body = SampleAssets.Request(SampleAssets.UniqueTitle(), number);
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(client, body, key);
        using var retry = await PostAsync(client, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Assets.CountAsync(a => a.ApplicationNumber == number)));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(IpAssetApi.Prefix, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
