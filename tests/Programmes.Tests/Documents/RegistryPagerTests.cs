using System.Net;
using System.Text.RegularExpressions;
using StPlatform.Programmes.Documents;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Documents;

[Collection(SharedProgrammesService.Name)]
public sealed class RegistryPagerTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Pager_links_keep_the_search_and_filters_so_the_next_page_is_of_the_same_list()
    {
        var suffix = Unique.Suffix();
        await fixture.WithDbAsync(db =>
        {
            var documents = Enumerable.Range(1, 21).Select(i => SampleDocuments.Entity($"Chương trình trang {i} {suffix}", new DateOnly(2020, 1, i))).ToList();
            var plan = SampleDocuments.Entity($"Kế hoạch trang {suffix}", new DateOnly(2020, 2, 1));
            plan.Kind = ProgrammeDocumentKind.Plan;
            foreach (var document in documents.Append(plan))
            {
                document.SearchText = DocumentEditing.SearchTextOf(document);
                db.Documents.Add(document);
            }
            return db.SaveChangesAsync();
        });
        using var client = fixture.CreateClient();

        var first = await client.GetStringAsync(new Uri($"/programmes?q={suffix}&kind=programme&status=&year=2022", UriKind.Relative));
        var next = WebUtility.HtmlDecode(Regex.Match(first, """<a href="([^"]+)" rel="next">""").Groups[1].Value);
        using var response = await client.GetAsync(new Uri("/programmes" + next, UriKind.Relative));
        var second = await response.Content.ReadAsStringAsync();

        Assert.Equal($"?q={suffix}&kind=programme&year=2022&page=2", next);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Trang 2/2", second, StringComparison.Ordinal);
        Assert.Contains($"Chương trình trang 1 {suffix}", second, StringComparison.Ordinal);
        Assert.DoesNotContain($"Kế hoạch trang {suffix}", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
    }
}
