using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.Search;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Bench;

/// <summary>
/// The very SQL the service runs for an anonymous search, in one transaction: the exact-number
/// look-up when the query could be a number, the probe of 2,000 sampled rows (and, from 20 sampled
/// matches, the pages they lie in), then either (certainly more than 1,000) only the first page of
/// 20 newest by the filing-date index, or (many) the count up to its cap by a sequential scan and
/// that page, or (few) the matches fetched once by the trigram bitmap and the page's rows by id,
/// each with the planner setting the service sends in front of it, in the same command. Taken from EF Core's ToQueryString so the
/// direct run is the same query, not a cousin of it; the probe decides once, as it would.
/// </summary>
internal static class SearchSql
{
    public static async Task<IReadOnlyList<(string Sql, List<(string Name, object Value)> Parameters)>> ForAsync(
        IpDbContext db, string query)
    {
        var request = new IpSearchRequest(query);
        var assets = db.Assets.VisibleTo(isOfficer: false);
        var filtered = IpSearch.Filter(assets, request);
        var page = new PageRequest(1, 20);
        List<(string, List<(string, object)>)> statements = [];
        if (IpSearch.NumberOf(query) is { } number)
        {
            statements.Add(Parse(IpSearch.ByNumber(assets, number).ToQueryString()));
            if (await IpSearch.ByNumber(assets, number).AnyAsync())
            {
                throw new NotSupportedException("The generated assets are not numbered like the benchmark's number query.");
            }
        }
        statements.Add(Parse(IpSearchPlan.Probe(db, readsUnpublished: false, request).ToQueryString()));
        var probe = await IpSearchPlan.ProbeAsync(db, readsUnpublished: false, request, CancellationToken.None);
        Console.WriteLine($"{query}: {probe.Matches.Count} of {IpSearchPlan.SampleRows} sampled rows match; {probe.Way}.");
        if (probe.Matches.Count >= IpSearchPlan.DenseMatches)
        {
            statements.Add((IpSearchPlan.SpreadSql.Replace("{0}", "@ids", StringComparison.Ordinal), [("@ids", probe.Matches.ToArray())]));
        }
        if (probe.Way == IpSearchPlan.Way.WalkOnly)
        {
            statements.Add(After(IpSearchPlan.CountBySequentialScan + "; " + IpSearchPlan.PageByFilingDate,
                Parse(IpSearch.Newest(filtered).Select(IpAssetSummary.FromAsset).Skip(0).Take(page.Size).ToQueryString())));
        }
        else if (probe.Way == IpSearchPlan.Way.CountAndWalk)
        {
            statements.Add(After(IpSearchPlan.CountBySequentialScan, CountSql(filtered.Take(IpSearch.CountCap + 1))));
            statements.Add(After(IpSearchPlan.PageByFilingDate,
                Parse(IpSearch.Newest(filtered).Select(IpAssetSummary.FromAsset).Skip(0).Take(page.Size).ToQueryString())));
        }
        else
        {
            statements.Add(After(IpSearchPlan.FetchByBitmap, Parse(IpSearchPlan.Candidates(filtered).ToQueryString())));
            var candidates = await IpSearchPlan.Candidates(filtered).ToListAsync();
            var ids = IpSearchPlan.Newest(candidates).Take(page.Size).ToList();
            if (candidates.Count > IpSearch.CountCap)
            {
                statements.Add(After(IpSearchPlan.PageAfterAll,
                    Parse(IpSearch.Newest(filtered).Select(IpAssetSummary.FromAsset).Skip(0).Take(page.Size).ToQueryString())));
            }
            else if (ids.Count > 0)
            {
                statements.Add(Parse(filtered.Where(a => EF.Constant(ids).Contains(a.Id)).Select(IpAssetSummary.FromAsset).ToQueryString()));
            }
        }
        return statements;
    }

    public static async Task<int> RunAsync(NpgsqlDataSource source, IReadOnlyList<(string Sql, List<(string Name, object Value)> Parameters)> statements)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
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
        await transaction.CommitAsync();
        return rows;
    }

    /// <summary>The planner settings in the same command as the statement after them, as the service sends them (PlannerSettings).</summary>
    private static (string, List<(string, object)>) After(string settings, (string Sql, List<(string, object)> Parameters) statement) =>
        (settings + ";\n" + statement.Sql, statement.Parameters);

    private static (string, List<(string, object)>) CountSql(IQueryable<IpAsset> filtered) =>
        Parse("SELECT count(*)::int FROM (" + Body(filtered.Select(a => a.Id).ToQueryString()) + ") AS matches;\n" + Comments(filtered.Select(a => a.Id).ToQueryString()));

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
