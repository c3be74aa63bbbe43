using System.Net;
using StPlatform.Programmes.Documents;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Documents;

[Collection(SharedProgrammesService.Name)]
public sealed class DocumentSearchTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Search_without_diacritics_finds_the_vietnamese_title()
    {
        using var client = fixture.CreateClient();
        var suffix = Unique.Suffix();
        await SampleDocuments.CreateAsync(client, $"Chương trình phát triển tài sản trí tuệ thành phố Hải Phòng {suffix}", "programme");

        var found = await client.ReadAllPagesAsync($"{ProgrammeDocumentApi.Prefix}?q=tai+san+tri+tue+thanh+pho+hai+phong+{suffix}");
        var withDiacritics = await client.ReadAllPagesAsync($"{ProgrammeDocumentApi.Prefix}?q=Tài+Sản+Trí+Tuệ+thành+phố+Hải+Phòng+{suffix}");

        Assert.Single(found);
        Assert.Single(withDiacritics);
    }

    [Fact]
    public async Task Filters_by_kind_status_and_a_year_of_the_period_combine()
    {
        using var client = fixture.CreateClient();
        var suffix = Unique.Suffix();
        await SampleDocuments.CreateAsync(client, $"Kế hoạch lọc {suffix}", "plan");
        await SampleDocuments.CreateAsync(client, $"Đề án lọc {suffix}", "scheme");

        var plans = await client.ReadAllPagesAsync($"{ProgrammeDocumentApi.Prefix}?q={suffix}&kind=plan&status=draft&year=2027");
        var outside = await client.ReadAllPagesAsync($"{ProgrammeDocumentApi.Prefix}?q={suffix}&year=2040");
        var unknownKind = await client.ReadAllPagesAsync($"{ProgrammeDocumentApi.Prefix}?q={suffix}&kind=decree");

        Assert.Equal("plan", Assert.Single(plans).GetProperty("kind").GetString());
        Assert.Empty(outside);
        Assert.Empty(unknownKind);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("'; DROP TABLE programme_documents; --")]
    public async Task Search_with_pattern_characters_is_an_ordinary_answer(string q)
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(new Uri($"{ProgrammeDocumentApi.Prefix}?q={Uri.EscapeDataString(q)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
