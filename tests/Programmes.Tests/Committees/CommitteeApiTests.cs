using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.Programmes.Tests.Documents;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Committees;

[Collection(SharedProgrammesService.Name)]
public sealed class CommitteeApiTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Committee_lists_the_head_first_and_the_page_and_history_show_each_member()
    {
        using var client = fixture.CreateClient();
        var (location, _, body) = await SampleDocuments.CreateAsync(client);
        var committee = new Uri($"{location}/committee", UriKind.Relative);

        using var member = await client.PostAsJsonAsync(committee, new { name = "Trần Quang Tuấn", position = "Giám đốc", organisation = "Sở KH&CN", role = "deputy", termStart = "2021-03-10" });
        using var head = await client.PostAsJsonAsync(committee, new { name = "Nguyễn Văn Tùng", position = "Chủ tịch", organisation = "UBND thành phố", role = "head", termStart = "2021-03-10", termEnd = "2025-12-31" });
        var listed = await client.GetFromJsonAsync<JsonElement>(committee);
        var page = await client.GetStringAsync(new Uri($"/programmes/{body.GetProperty("id").GetGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, head.StatusCode);
        Assert.Equal(["Nguyễn Văn Tùng", "Trần Quang Tuấn"], listed.EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Contains("10/03/2021 – 31/12/2025", page, StringComparison.Ordinal);
        Assert.Contains("Ban chỉ đạo / Steering committee: Trần Quang Tuấn", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Member_with_mistakes_is_named_field_by_field()
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);

        using var response = await client.PostAsJsonAsync(new Uri($"{location}/committee", UriKind.Relative),
            new { name = "", position = "Giám đốc", organisation = "Sở KH&CN", role = "chair", termStart = "2025-01-01", termEnd = "2024-01-01" });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "name", "role", "termEnd");
    }
}
