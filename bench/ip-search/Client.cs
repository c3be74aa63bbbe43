using Microsoft.EntityFrameworkCore;
using Npgsql;
using StPlatform.IntellectualProperty.Data;
using Plan = System.Collections.Generic.IReadOnlyList<StPlatform.IntellectualProperty.Bench.SearchStep>;

namespace StPlatform.IntellectualProperty.Bench;

/// <summary>
/// The measuring side: a reader of the register, in a process of its own as a browser or an API
/// consumer is, not inside the AppHost (whose dashboard takes in every service's telemetry). It
/// runs each query through the gateway and the same statements straight against PostgreSQL, side
/// by side, then the register page, then EXPLAIN of each query's statements.
/// </summary>
internal static class Client
{
    public static readonly string[] Queries =
        ["nuoc mam cat hai", "hai phong", "loc nuoc", "nguyen duc thang", "1-2019-0000042", "thiet bi say hai san do son"];

    public static async Task RunAsync(Uri gatewayUrl, Uri serviceUrl, string database, int rounds)
    {
        var options = new DbContextOptionsBuilder<IpDbContext>().UseNpgsql(database);
        IpDbContext.ConfigureOptions(options);
        await using var db = new IpDbContext(options.Options);
        await using var direct = NpgsqlDataSource.Create(database);
        using var gateway = new HttpClient { BaseAddress = gatewayUrl };
        using var service = new HttpClient { BaseAddress = serviceUrl };

        var measure = new Measurements(Queries);
        var plans = new List<Plan>();
        foreach (var (query, i) in Queries.Select((q, i) => (q, i)))
        {
            var statements = await SearchSql.ForAsync(db, query);
            plans.Add(statements);
            // Each statement is one command, one round trip (planner settings ride in front of theirs); then COMMIT.
            Console.WriteLine($"{query}: {statements.Count + 1} round trips ({statements.Count} statements and COMMIT).");
            measure.Found[i] = await SearchSql.RunAsync(direct, statements);
        }
        await WarmUpAsync(gateway, service, direct, plans);
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < Queries.Length; i++)
            {
                // Side by side, each side first in turn, so all three see the same machine.
                var query = Queries[i];
                var plan = plans[i];
                Func<Task>[] sides =
                [
                    async () => measure.Gateway[i].Add(await Timing.ApiAsync(gateway, query)),
                    async () => measure.Service[i].Add(await Timing.ApiAsync(service, query)),
                    async () => measure.Direct[i].Add(await Timing.DirectAsync(direct, plan)),
                ];
                for (var side = 0; side < sides.Length; side++)
                {
                    await sides[(round + side) % sides.Length]();
                }
            }
        }
        await MeasureRegisterAsync(gateway, measure, rounds);
        measure.Print();
        await ExplainAsync(direct, plans);
    }

    // Measured as a service that has been running a while: the services run from the build output, so
    // their code starts unoptimised until the runtime recompiles what is hot. So: rounds of every query
    // on both sides, a pause for the recompilation, and rounds again; none of them measured.
    private static async Task WarmUpAsync(HttpClient gateway, HttpClient service, NpgsqlDataSource direct, List<Plan> plans)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var round = 0; round < 15; round++)
            {
                foreach (var (query, i) in Queries.Select((q, i) => (q, i)))
                {
                    await Timing.ApiAsync(gateway, query);
                    await Timing.ApiAsync(service, query);
                    await SearchSql.RunAsync(direct, plans[i]);
                }
            }
            await Task.Delay(TimeSpan.FromSeconds(7));
        }
    }

    /// <summary>The register page after the API rounds, so its facet queries do not warm the API's measurements.</summary>
    private static async Task MeasureRegisterAsync(HttpClient gateway, Measurements measure, int rounds)
    {
        string[] registerQueries = ["", .. Queries];
        for (var warm = 0; warm < 10; warm++)
        {
            foreach (var query in registerQueries)
            {
                await Timing.RegisterAsync(gateway, query);
            }
        }
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < registerQueries.Length; i++)
            {
                measure.Register[i].Add(await Timing.RegisterAsync(gateway, registerQueries[i]));
            }
        }
    }

    private static async Task ExplainAsync(NpgsqlDataSource direct, List<Plan> plans)
    {
        var explained = Path.Combine(Path.GetTempPath(), "ip-search-explain.txt");
        await using var writer = File.CreateText(explained);
        Console.WriteLine();
        Console.WriteLine("| query | rows read by the scans (per statement) and buffers, EXPLAIN (ANALYZE, BUFFERS) |");
        Console.WriteLine("|---|---|");
        foreach (var (query, i) in Queries.Select((q, i) => (q, i)))
        {
            var figures = await Explain.RunAsync(direct, query, plans[i], writer);
            Console.WriteLine($"| `{query}` | {figures} |");
        }
        Console.WriteLine($"Plans in {explained}.");
    }
}
