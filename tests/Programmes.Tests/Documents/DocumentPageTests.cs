using System.Net;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Documents;

[Collection(SharedProgrammesService.Name)]
public sealed class DocumentPageTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Amending_an_issued_plan_on_the_form_shows_the_numbered_amendment_and_its_change_in_the_history()
    {
        using var client = fixture.CreateClient();
        var (location, etag, body) = await SampleDocuments.CreateAsync(client);
        using var issued = await SampleDocuments.SendAsync(client, HttpMethod.Post, $"{location}/issue", null, etag);
        var id = body.GetProperty("id").GetGuid();
        var version = issued.Headers.ETag!.Tag.Trim('"');

        using var response = await Forms.SubmitAsync(client, $"/programmes/{id}/edit",
        [
            new("kind", "plan"), new("number", "2629/KH-UBND"), new("title", body.GetProperty("title").GetString()!),
            new("issuer", "UBND thành phố Hải Phòng"), new("signedOn", "2025-03-14"), new("periodStartYear", "2025"),
            new("periodEndYear", "2027"), new("reason", "Điều chỉnh giai đoạn thực hiện"), new("version", version),
        ]);
        var page = await client.GetStringAsync(new Uri($"/programmes/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Đã sửa đổi", page, StringComparison.Ordinal);
        Assert.Contains("Sửa đổi lần 1", page, StringComparison.Ordinal);
        Assert.Contains("Điều chỉnh giai đoạn thực hiện", page, StringComparison.Ordinal);
        Assert.Contains("Năm kết thúc / Period end: 2030 → 2027", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_posted_from_a_stale_page_is_refused_and_nothing_is_amended()
    {
        using var client = fixture.CreateClient();
        var (location, etag, body) = await SampleDocuments.CreateAsync(client);
        var id = body.GetProperty("id").GetGuid();

        using var response = await Forms.SubmitAsync(client, $"/programmes/{id}/edit",
        [
            new("kind", "plan"), new("number", "2629/KH-UBND"), new("title", "Tiêu đề mới"), new("issuer", "UBND thành phố Hải Phòng"),
            new("signedOn", "2025-03-14"), new("periodStartYear", "2025"), new("periodEndYear", "2030"), new("version", "1"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"version-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(etag, (await client.GetAsync(location)).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Tree_shows_a_plan_under_the_strategy_it_implements_with_its_tasks()
    {
        using var client = fixture.CreateClient();
        var suffix = Unique.Suffix();
        var (_, _, strategy) = await SampleDocuments.CreateAsync(client, $"Chiến lược thử {suffix}", "strategy");
        using var created = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, new Uri("/api/programmes", UriKind.Relative), new
        {
            kind = "plan", number = "15/KH-UBND", title = $"Kế hoạch triển khai {suffix}", issuer = "UBND thành phố Hải Phòng",
            signedOn = "2025-03-14", periodStartYear = 2025, periodEndYear = 2030, parentIds = new[] { strategy.GetProperty("id").GetGuid() },
        });
        using var annexed = await SampleDocuments.SendAsync(client, HttpMethod.Put, $"{created.Headers.Location}/annex",
            new { tasks = new[] { new { title = $"Nhiệm vụ trong cây {suffix}", leadUnitCodes = new[] { "SKHCN" } } } }, created.Headers.ETag!.Tag);

        var tree = await client.GetStringAsync(new Uri("/programmes/tree", UriKind.Relative));
        var strategyAt = tree.IndexOf($"Chiến lược thử {suffix}", StringComparison.Ordinal);
        var planAt = tree.IndexOf($"Kế hoạch triển khai {suffix}", StringComparison.Ordinal);
        var taskAt = tree.IndexOf($"Nhiệm vụ trong cây {suffix}", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, annexed.StatusCode);
        Assert.True(strategyAt >= 0 && planAt > strategyAt && taskAt > planAt, "strategy → plan → task");
    }
}
