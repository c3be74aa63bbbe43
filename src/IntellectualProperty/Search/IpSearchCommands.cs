using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.LegalEvents;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>
/// Runs a search's <see cref="SqlStatement"/>s with Npgsql on the context's connection, inside its
/// transaction, each with the planner settings it needs in front of it in the same batch
/// (<c>SET LOCAL a; SET LOCAL b; SELECT ...</c> is one round trip; the reader skips the settings'
/// empty results to the rows, and the settings end with the transaction).
/// </summary>
internal sealed class IpSearchCommands(IpDbContext db)
{
    public async Task<List<Guid>> IdsAsync(SqlStatement statement, string? settings, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        await ReadAsync(statement, settings, reader => ids.Add(reader.GetGuid(0)), cancellationToken);
        return ids;
    }

    /// <summary>
    /// The ids <paramref name="exact"/> finds (none when null) and what <paramref name="probe"/>
    /// (<see cref="IpSearchSql.Probe"/>) read: the two statements in one batch, one round trip.
    /// </summary>
    public async Task<(List<Guid> Exact, IpSearchPlan.ProbeResult Probe)> ExactAndProbeAsync(
        SqlStatement? exact, SqlStatement probe, CancellationToken cancellationToken)
    {
        var (exactIds, matches, pages, tableRows) = (new List<Guid>(), new List<Guid>(), new HashSet<int>(), -1d);
        var probeResult = exact is null ? 0 : 1;
        await ReadAsync(exact is null ? [probe] : [exact, probe], null, (reader, result) =>
        {
            if (result < probeResult)
            {
                exactIds.Add(reader.GetGuid(0));
                return;
            }
            matches.Add(reader.GetGuid(0));
            pages.Add(reader.GetInt32(1));
            tableRows = reader.GetDouble(2);
        }, cancellationToken);
        return (exactIds, IpSearchPlan.From(matches, pages.Count, tableRows));
    }

    public async Task<int> CountAsync(SqlStatement statement, string? settings, CancellationToken cancellationToken)
    {
        var count = 0;
        await ReadAsync(statement, settings, reader => count = reader.GetInt32(0), cancellationToken);
        return count;
    }

    public async Task<List<IpSearchPlan.Candidate>> CandidatesAsync(SqlStatement statement, string? settings, CancellationToken cancellationToken)
    {
        var candidates = new List<IpSearchPlan.Candidate>();
        await ReadAsync(statement, settings,
            reader => candidates.Add(new(reader.GetGuid(0), reader.GetFieldValue<DateOnly>(1), reader.GetString(2))), cancellationToken);
        return candidates;
    }

    /// <summary>Rows of <see cref="IpSearchSql.SummaryColumns"/>.</summary>
    public async Task<List<IpAssetSummary>> SummariesAsync(SqlStatement statement, string? settings, CancellationToken cancellationToken)
    {
        var rows = new List<IpAssetSummary>();
        await ReadAsync(statement, settings, reader => rows.Add(new IpAssetSummary(
            reader.GetGuid(0),
            Enum.Parse<IpObjectType>(reader.GetString(1)),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetFieldValue<DateOnly>(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            Enum.Parse<IpStatus>(reader.GetString(6)),
            reader.GetFieldValue<string[]>(7),
            reader.GetFieldValue<string[]>(8),
            reader.IsDBNull(9) ? null : reader.GetFieldValue<DateOnly>(9),
            reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10))), cancellationToken);
        return rows;
    }

    private Task ReadAsync(SqlStatement statement, string? settings, Action<NpgsqlDataReader> row, CancellationToken cancellationToken) =>
        ReadAsync([statement], settings, (reader, _) => row(reader), cancellationToken);

    /// <summary>Every row of every statement's result, in turn, with the statement's place in the batch.</summary>
    private async Task ReadAsync(IReadOnlyList<SqlStatement> statements, string? settings, Action<NpgsqlDataReader, int> row, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction;
        if (transaction is null)
        {
            // Outside a search's transaction (a probe on its own): EF Core opens and closes the connection around it.
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        try
        {
            await using var batch = SqlStatement.ToBatch((NpgsqlConnection)db.Database.GetDbConnection(), transaction, settings, statements);
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            // The settings return no result; the reader starts at the first statement's rows.
            var result = 0;
            do
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    row(reader, result);
                }
                result++;
            }
            while (await reader.NextResultAsync(cancellationToken));
        }
        finally
        {
            if (transaction is null)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
