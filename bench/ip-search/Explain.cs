using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace StPlatform.IntellectualProperty.Bench;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of a search's statements, in one transaction with the planner
/// settings between them as the service sends them: the rows its scans read (kept and filtered out)
/// and the buffers they touched, figures the machine's load does not change.
/// </summary>
internal static class Explain
{
    public static async Task<string> RunAsync(NpgsqlDataSource source, string query, IReadOnlyList<SearchStep> steps, TextWriter plans)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var (rows, buffers) = (0L, 0L);
        var parts = new List<string>();
        foreach (var (settings, statement) in steps.SelectMany(step => step.Statements.Select((statement, i) => (i == 0 ? step.Settings : null, statement))))
        {
            // The planner settings the statement carries in front of it, then the statement explained.
            var explained = statement with { Sql = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement.Sql };
            await using var batch = explained.ToBatch(connection, transaction, settings);
            var sql = statement.Sql;
            var json = (string)(await batch.ExecuteScalarAsync())!;
            using var document = JsonDocument.Parse(json);
            var plan = document.RootElement[0].GetProperty("Plan");
            var (read, touched) = (RowsRead(plan), plan.GetProperty("Shared Hit Blocks").GetInt64() + plan.GetProperty("Shared Read Blocks").GetInt64());
            (rows, buffers) = (rows + read, buffers + touched);
            parts.Add(read.ToString(CultureInfo.InvariantCulture));
            await plans.WriteLineAsync($"-- {query}: {read} rows read, {touched} buffers\n{sql}\n{json}\n");
        }
        await transaction.CommitAsync();
        return string.Create(CultureInfo.InvariantCulture, $"{rows:N0} ({string.Join(" + ", parts)}), {buffers:N0} buffers");
    }

    /// <summary>Rows every scan produced or filtered out, over all its loops (a bitmap's heap scan, not its index scan too).</summary>
    private static long RowsRead(JsonElement node)
    {
        var type = node.GetProperty("Node Type").GetString()!;
        var own = type.Contains("Scan", StringComparison.Ordinal) && type != "Bitmap Index Scan"
            ? (long)((Number(node, "Actual Rows") + Number(node, "Rows Removed by Filter") + Number(node, "Rows Removed by Index Recheck")) * Number(node, "Actual Loops"))
            : 0;
        return own + (node.TryGetProperty("Plans", out var children) ? children.EnumerateArray().Sum(RowsRead) : 0);
    }

    private static double Number(JsonElement node, string name) => node.TryGetProperty(name, out var value) ? value.GetDouble() : 0;
}
