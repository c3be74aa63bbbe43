using System.Net;
using System.Net.Http.Json;
using StPlatform.Programmes.Documents;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Documents;

[Collection(SharedProgrammesService.Name)]
public sealed class ProgrammeDocumentApiTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Registered_plan_is_listed_with_what_was_sent()
    {
        using var client = fixture.CreateClient();
        var title = SampleDocuments.UniqueTitle();

        using var created = await client.PostAsJsonAsync(new Uri(ProgrammeDocumentApi.Prefix, UriKind.Relative), SampleDocuments.Request(title));
        var listed = (await client.ReadAllPagesAsync(ProgrammeDocumentApi.Prefix)).Single(d => d.GetProperty("title").GetString() == title);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("plan", listed.GetProperty("kind").GetString());
        Assert.Equal("2629/KH-UBND", listed.GetProperty("number").GetString());
        Assert.Equal("UBND thành phố Hải Phòng", listed.GetProperty("issuer").GetString());
        Assert.Equal("2025-03-14", listed.GetProperty("signedOn").GetString());
        Assert.Equal(2030, listed.GetProperty("periodEndYear").GetInt32());
    }

    [Fact]
    public async Task Created_document_can_be_read_back_at_its_location()
    {
        using var client = fixture.CreateClient();
        var title = SampleDocuments.UniqueTitle();

        using var created = await client.PostAsJsonAsync(new Uri(ProgrammeDocumentApi.Prefix, UriKind.Relative), SampleDocuments.Request(title));
        var document = await client.GetFromJsonAsync<ProgrammeDocumentResponse>(created.Headers.Location, JsonReading.Options);

        Assert.Equal(title, document!.Title);
        Assert.Equal(ProgrammeDocumentKind.Plan, document.Kind);
    }

    [Fact]
    public async Task Document_stored_in_the_database_is_listed_by_the_api()
    {
        var title = SampleDocuments.UniqueTitle();
        await fixture.WithDbAsync(db =>
        {
            db.Documents.Add(SampleDocuments.Entity(title, new DateOnly(2024, 6, 1)));
            return db.SaveChangesAsync();
        });
        using var client = fixture.CreateClient();

        var listed = await client.ReadAllPagesAsync(ProgrammeDocumentApi.Prefix);

        Assert.Single(listed, d => d.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task Period_ending_before_it_starts_and_a_malformed_number_are_named()
    {
        using var client = fixture.CreateClient();
        var request = new
        {
            kind = "scheme",
            number = "không có số",
            title = SampleDocuments.UniqueTitle(),
            issuer = "UBND thành phố",
            signedOn = "2025-01-01",
            periodStartYear = 2026,
            periodEndYear = 2025,
        };

        using var response = await client.PostAsJsonAsync(new Uri(ProgrammeDocumentApi.Prefix, UriKind.Relative), request);

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "number", "periodEndYear");
    }

    [Fact]
    public async Task Unknown_kind_is_named_with_the_kinds_allowed()
    {
        using var client = fixture.CreateClient();
        var request = new
        {
            kind = "decree",
            number = "569/QĐ-TTg",
            title = SampleDocuments.UniqueTitle(),
            issuer = "Thủ tướng Chính phủ",
            signedOn = "2022-05-11",
            periodStartYear = 2022,
            periodEndYear = 2030,
        };

        using var response = await client.PostAsJsonAsync(new Uri(ProgrammeDocumentApi.Prefix, UriKind.Relative), request);

        var problem = await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "kind");
        Assert.Contains("strategy, programme, plan, scheme", problem.GetProperty("errors").GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_long_title_and_a_nul_character_are_refused_not_stored()
    {
        using var client = fixture.CreateClient();
        var request = new
        {
            kind = "plan",
            number = "1/KH-UBND",
            title = new string('ạ', ProgrammeDocument.TitleMaxLength + 1),
            issuer = "UBND\0thành phố",
            signedOn = "2025-01-01",
            periodStartYear = 2025,
            periodEndYear = 2025,
        };

        using var response = await client.PostAsJsonAsync(new Uri(ProgrammeDocumentApi.Prefix, UriKind.Relative), request);

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "title", "issuer");
    }

    [Fact]
    public async Task Date_in_the_wrong_format_is_a_400_naming_its_json_path()
    {
        using var client = fixture.CreateClient();
        using var content = new StringContent("""{"kind":"plan","signedOn":"14/03/2025"}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri(ProgrammeDocumentApi.Prefix, UriKind.Relative), content);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("$.signedOn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
