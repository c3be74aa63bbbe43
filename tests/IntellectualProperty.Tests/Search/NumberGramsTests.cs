using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Search;

namespace StPlatform.IntellectualProperty.Tests.Search;

/// <summary>
/// The number-gram index (<c>ip_number_grams</c>, in SQL) and the search that asks it
/// (<see cref="IpSearchSql.HasNumberGrams"/>, in C#) must agree on which words it holds pieces of:
/// asked for a word it holds none of, the index would match every asset and be read whole.
/// </summary>
[Collection(SharedIpService.Name)]
public sealed class NumberGramsTests(IpFixture fixture)
{
    [Theory]
    [InlineData("1-2019-0000042")]
    [InlineData("00042")]
    [InlineData("vn-42")]
    [InlineData("0042")]
    [InlineData("c02f")]
    [InlineData("nuoc")]
    [InlineData("phong")]
    public async Task The_index_holds_pieces_of_exactly_the_words_the_search_looks_up_by_them(string word)
    {
        var pieces = await fixture.WithDbAsync(db =>
            db.Database.SqlQuery<int>($"SELECT cardinality(ip_number_grams({word})) AS \"Value\"").SingleAsync());

        Assert.Equal(IpSearchSql.HasNumberGrams(word), pieces > 0);
    }

    [Theory]
    [InlineData("2-2023-000042178", "2023-0000", true)]
    [InlineData("bang 2-2023-000042178 vn-1-0042178", "42178", true)]
    [InlineData("2-2023-000042178", "2-2023-000042178", true)]
    [InlineData("2-2023-000042178", "2-2023-000042179", false)]
    [InlineData("2-2023-000042178 nuoc mam", "mam-2023", false)]
    public async Task A_text_holds_every_piece_of_a_number_it_contains(string text, string word, bool contains)
    {
        var holds = await fixture.WithDbAsync(db =>
            db.Database.SqlQuery<bool>($"SELECT ip_number_grams({text}) @> ip_number_grams({word}) AS \"Value\"").SingleAsync());

        Assert.Equal(contains, holds);
    }
}
