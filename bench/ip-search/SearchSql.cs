using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.Search;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Bench;

/// <summary>
/// The very SQL the service runs for an anonymous search (the count up to its cap, the exact-number
/// look-up when the query could be a number, then the first page of 20 newest), taken from EF Core's
/// ToQueryString so the direct run is the same query, not a cousin of it.
/// </summary>
internal static class SearchSql
{
    public static IReadOnlyList<(string Sql, List<(string Name, object Value)> Parameters)> For(IpDbContext db, string query)
    {
        var request = new IpSearchRequest(query);
        var filtered = IpSearch.Filter(db.Assets.VisibleTo(isOfficer: false), request);
        var page = new PageRequest(1, 20);
        List<(string, List<(string, object)>)> statements = [Parse(CountSql(filtered.Take(IpSearch.CountCap + 1)))];
        if (IpSearch.NumberOf(query) is { } number)
        {
            statements.Add(Parse(filtered.Where(a => a.ApplicationNumber == number || a.GrantNumber == number || a.PublicationNumber == number)
                .OrderBy(a => a.ApplicationNumber).Select(a => a.Id).ToQueryString()));
        }
        statements.Add(Parse(IpSearch.Newest(filtered).Select(IpAssetSummary.FromAsset).Skip(0).Take(page.Size).ToQueryString()));
        return statements;
    }

    public static async Task<int> RunAsync(NpgsqlDataSource source, IReadOnlyList<(string Sql, List<(string Name, object Value)> Parameters)> statements)
    {
        await using var connection = await source.OpenConnectionAsync();
        var rows = 0;
        foreach (var (sql, parameters) in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows++;
            }
        }
        return rows;
    }

    private static string CountSql(IQueryable<IpAsset> filtered) =>
        "SELECT count(*)::int FROM (" + Body(filtered.Select(a => a.Id).ToQueryString()) + ") AS matches;\n" + Comments(filtered.Select(a => a.Id).ToQueryString());

    private static (string, List<(string, object)>) Parse(string text)
    {
        var parameters = new List<(string, object)>();
        foreach (var line in text.Split('\n').Where(l => l.StartsWith("-- @", StringComparison.Ordinal)))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var name = line[3..equals].Trim();
            var raw = line[(equals + 1)..].Trim();
            var value = raw.Length >= 2 && raw[0] == '\'' ? raw[1..raw.LastIndexOf('\'')] : raw;
            parameters.Add((name, int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : value));
        }
        return (Body(text), parameters);
    }

    private static string Body(string text) => string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("-- @", StringComparison.Ordinal)));

    private static string Comments(string text) => string.Join('\n', text.Split('\n').Where(l => l.StartsWith("-- @", StringComparison.Ordinal)));
}
