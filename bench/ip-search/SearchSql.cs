using Microsoft.EntityFrameworkCore;
using Npgsql;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.Search;

namespace StPlatform.IntellectualProperty.Bench;

/// <summary>A round trip of a search: its statements and the planner settings sent in front of them.</summary>
internal sealed record SearchStep(string? Settings, IReadOnlyList<SqlStatement> Statements)
{
    public SearchStep(string? settings, SqlStatement statement)
        : this(settings, [statement])
    {
    }
}

/// <summary>
/// The very SQL the service runs for an anonymous search, in one transaction: the probe of 2,000
/// sampled rows (its matches with the table pages they lie in), with the exact-number look-up in
/// the same round trip when the query could be a number, then either (certainly more than 1,000) only the first page of
/// 20 newest by the filing-date index, or (many) the count up to its cap by a sequential scan and
/// that page, or (few) the matches fetched once by the trigram bitmap and the page's rows by id,
/// each with the planner settings the service sends in front of it, sent as the service sends them
/// (<see cref="SqlStatement.ToBatch"/>). The statements are the
/// service's own (<see cref="IpSearchSql"/>), not a copy of them; the probe decides once, as it would.
/// </summary>
internal static class SearchSql
{
    public static async Task<IReadOnlyList<SearchStep>> ForAsync(IpDbContext db, string query)
    {
        var request = new IpSearchRequest(query);
        var sql = IpSearchSql.For(request, readsUnpublished: false);
        const int pageSize = 20;
        List<SearchStep> steps = [];
        if (IpSearch.NumberOf(query) is { } number)
        {
            steps.Add(new(null, [sql.ExactNumber(number), sql.Probe()]));
            if (await db.Assets.AnyAsync(a => a.ApplicationNumber == number || a.GrantNumber == number || a.PublicationNumber == number))
            {
                throw new NotSupportedException("The generated assets are not numbered like the benchmark's number query.");
            }
        }
        else
        {
            steps.Add(new(null, sql.Probe()));
        }
        var probe = await IpSearchPlan.ProbeAsync(db, readsUnpublished: false, request, CancellationToken.None);
        Console.WriteLine($"{query}: {probe.Matches.Count} of {IpSearchPlan.SampleRows} sampled rows match; {probe.Way}.");
        if (probe.Way == IpSearchPlan.Way.WalkOnly)
        {
            steps.Add(new(IpSearchPlan.CountBySequentialScan + "; " + IpSearchPlan.PageByFilingDate, sql.Newest([], 0, pageSize)));
        }
        else if (probe.Way == IpSearchPlan.Way.CountAndWalk)
        {
            steps.Add(new(IpSearchPlan.CountBySequentialScan, sql.UpToCap(listed: false)));
            steps.Add(new(IpSearchPlan.PageByFilingDate, sql.Newest([], 0, pageSize)));
        }
        else
        {
            steps.Add(new(IpSearchPlan.FetchByBitmap, sql.Candidates()));
            var candidates = await IpSearchPlan.CandidatesAsync(db, readsUnpublished: false, request, CancellationToken.None);
            var ids = IpSearchPlan.Newest(candidates).Take(pageSize).ToList();
            if (candidates.Count > IpSearch.CountCap)
            {
                steps.Add(new(IpSearchPlan.PageAfterAll, sql.Newest([], 0, pageSize)));
            }
            else if (ids.Count > 0)
            {
                steps.Add(new(null, sql.Rows(ids)));
            }
        }
        return steps;
    }

    /// <summary>The steps in one transaction, each one round trip, every result's rows read to the end; then COMMIT.</summary>
    public static async Task<int> RunAsync(NpgsqlDataSource source, IReadOnlyList<SearchStep> steps)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var rows = 0;
        foreach (var step in steps)
        {
            await using var batch = SqlStatement.ToBatch(connection, transaction, step.Settings, step.Statements);
            await using var reader = await batch.ExecuteReaderAsync();
            do
            {
                while (await reader.ReadAsync())
                {
                    rows++;
                }
            }
            while (await reader.NextResultAsync());
        }
        await transaction.CommitAsync();
        return rows;
    }
}
