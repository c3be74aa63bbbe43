using System.Net;
using System.Net.Http.Json;
using StPlatform.ServiceDefaults.Http;

namespace StPlatform.ServiceDefaults.Tests.Http;

public sealed class IdempotencyTests(ThingsApp app) : IClassFixture<ThingsApp>
{
    [Fact]
    public async Task A_retried_create_replays_the_first_response_and_creates_once()
    {
        var name = Unique("retried");
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(name, key);
        using var retry = await PostAsync(name, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.True(retry.Headers.Contains(Idempotency.ReplayedHeaderName));
        Assert.Equal(1, await app.CountAsync(name));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_naming_the_header()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await PostAsync(Unique("first"), key);

        var other = Unique("other");
        using var reused = await PostAsync(other, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Contains(Idempotency.HeaderName, await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.CountAsync(other));
    }

    [Fact]
    public async Task A_refused_request_leaves_its_key_free_for_the_corrected_one()
    {
        var key = Guid.NewGuid().ToString();
        using var refused = await PostAsync("", key);

        var name = Unique("corrected");
        using var corrected = await PostAsync(name, key);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal(1, await app.CountAsync(name));
    }

    [Fact]
    public async Task Concurrent_copies_of_one_request_create_one_record()
    {
        var name = Unique("concurrent");
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostAsync(name, key)));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Equal(1, await app.CountAsync(name));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("khóa có dấu")]
    public async Task A_key_that_is_not_plain_ASCII_is_a_bad_request(string key)
    {
        var name = Unique("badkey");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/things") { Content = JsonContent.Create(new ThingRequest(name)) };
        request.Headers.TryAddWithoutValidation(Idempotency.HeaderName, System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes(key)));

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.CountAsync(name));
    }

    [Fact]
    public async Task A_write_that_lost_the_race_to_another_is_answered_412_as_problem_details()
    {
        using var created = await PostAsync(Unique("raced"), Guid.NewGuid().ToString());
        var id = (await created.Content.ReadFromJsonAsync<Thing>())!.Id;

        using var response = await app.Client.PutAsJsonAsync($"/things/{id}", new ThingRequest("renamed"));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(string name, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/things") { Content = JsonContent.Create(new ThingRequest(name)) };
        request.Headers.Add(Idempotency.HeaderName, key);
        return await app.Client.SendAsync(request);
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
