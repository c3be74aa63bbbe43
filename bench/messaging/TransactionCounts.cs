using System.Globalization;
using Npgsql;

namespace StPlatform.Messaging.Bench;

/// <summary>
/// Committed transactions of the pipeline's two databases (<c>xact_commit</c> of
/// <c>pg_stat_database</c>): the publisher's writers and relay, the consumer's shared transactions.
/// It counts every statement run outside a transaction as one too (a pooled connection's reset
/// among them, if the driver sends one), so compare builds by it rather than read it as rounds.
/// Unlike CPU time it does not move with what else the machine runs. Backends report their counts
/// about once a second, so take a sample a few seconds after the work.
/// </summary>
public sealed class TransactionCounts(string postgresServer)
{
    public async Task<(long Publisher, long Consumer)> SampleAsync()
    {
        await using var connection = new NpgsqlConnection(postgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT datname, xact_commit FROM pg_stat_database WHERE datname IN ('bench_publisher', 'bench_consumer')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }
        return (counts.GetValueOrDefault("bench_publisher"), counts.GetValueOrDefault("bench_consumer"));
    }

    public static string PerEvent((long Publisher, long Consumer) before, (long Publisher, long Consumer) after, int events) =>
        string.Create(CultureInfo.InvariantCulture,
            $"publisher {(after.Publisher - before.Publisher) / (double)events:F2}, consumer {(after.Consumer - before.Consumer) / (double)events:F2}");
}
