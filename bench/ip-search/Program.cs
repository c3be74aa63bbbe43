extern alias apphost;

using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using StPlatform.Contracts;
using StPlatform.Hosting.Testing;
using StPlatform.IntellectualProperty.Bench;
using StPlatform.IntellectualProperty.Data;

// dotnet run -c Release --project bench/ip-search [assets=1000000] [rounds=40]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
string[] queries = ["nuoc mam cat hai", "hai phong", "loc nuoc", "nguyen duc thang", "1-2019-0000042", "thiet bi say hai san do son"];

Console.WriteLine($"Load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
var builder = await DistributedApplicationTestingBuilder.CreateAsync<apphost::Program>(cancellationToken: timeout.Token);
builder.DefaultTimeout = TimeSpan.FromMinutes(3);
await using var app = await builder.BuildAsync(timeout.Token);
await app.StartAsync(timeout.Token);
await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.IntellectualProperty, timeout.Token);
await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, timeout.Token);
var database = await app.GetConnectionStringAsync(ResourceNames.IpDb, timeout.Token) ?? throw new InvalidOperationException("No ipdb.");

var watch = Stopwatch.StartNew();
await using (var connection = new NpgsqlConnection(database))
{
    await connection.OpenAsync();
    var sql = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Generate.sql"))
        .Replace("{0}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{{}}", "{}", StringComparison.Ordinal);
    await using var generate = new NpgsqlCommand(sql, connection) { CommandTimeout = 1800 };
    await generate.ExecuteNonQueryAsync();
    // As a register that has been in use a while: vacuumed, so no autovacuum of a million new rows
    // runs beside the measurements and every page's rows are marked visible.
    await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE) ip_assets", connection) { CommandTimeout = 1800 };
    await vacuum.ExecuteNonQueryAsync();
    vacuum.CommandText = "VACUUM (ANALYZE) ip_asset_owners";
    await vacuum.ExecuteNonQueryAsync();
}
Console.WriteLine($"Generated {count:N0} assets and their trigram index in {watch.Elapsed.TotalSeconds:F0} s.");

var options = new DbContextOptionsBuilder<IpDbContext>().UseNpgsql(database);
IpDbContext.ConfigureOptions(options);
await using var db = new IpDbContext(options.Options);
await using var direct = NpgsqlDataSource.Create(database);
using var gateway = app.CreateHttpClient(ResourceNames.Gateway);

var measure = new Measurements(queries);
var plans = new List<IReadOnlyList<(string Sql, List<(string Name, object Value)> Parameters)>>();
foreach (var (query, i) in queries.Select((q, i) => (q, i)))
{
    var statements = await SearchSql.ForAsync(db, query);
    plans.Add(statements);
    // Each statement is one command, one round trip (planner settings ride in front of theirs); then COMMIT.
    Console.WriteLine($"{query}: {statements.Count + 1} round trips ({statements.Count} statements and COMMIT).");
    measure.Found[i] = await SearchSql.RunAsync(direct, statements);
}
await WarmUpAsync();
for (var round = 0; round < rounds; round++)
{
    for (var i = 0; i < queries.Length; i++)
    {
        // Side by side, alternating which goes first, so both see the same machine.
        var statements = plans[i];
        if (round % 2 == 0)
        {
            measure.Gateway[i].Add(await Timing.GatewayAsync(gateway, queries[i]));
            measure.Direct[i].Add(await Timing.DirectAsync(direct, statements));
        }
        else
        {
            measure.Direct[i].Add(await Timing.DirectAsync(direct, statements));
            measure.Gateway[i].Add(await Timing.GatewayAsync(gateway, queries[i]));
        }
    }
}
// The register page after the API rounds, so its facet queries do not warm the API's measurements.
string[] registerQueries = ["", .. queries];
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
measure.Print();
var explained = Path.Combine(Path.GetTempPath(), "ip-search-explain.txt");
await using (var writer = File.CreateText(explained))
{
    Console.WriteLine();
    Console.WriteLine("| query | rows read by the scans (per statement) and buffers, EXPLAIN (ANALYZE, BUFFERS) |");
    Console.WriteLine("|---|---|");
    foreach (var (query, i) in queries.Select((q, i) => (q, i)))
    {
        Console.WriteLine($"| `{query}` | {await Explain.RunAsync(direct, query, plans[i], writer)} |");
    }
}
Console.WriteLine($"Plans in {explained}.");
Console.WriteLine($"Load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");

// Measured as a service that has been running a while: the services run from the build output, so
// their code starts unoptimised until the runtime recompiles what is hot. So: rounds of every query
// on both sides, a pause for the recompilation, and rounds again; none of them measured.
async Task WarmUpAsync()
{
    for (var pass = 0; pass < 2; pass++)
    {
        for (var round = 0; round < 15; round++)
        {
            foreach (var (query, i) in queries.Select((q, i) => (q, i)))
            {
                await Timing.GatewayAsync(gateway, query);
                await SearchSql.RunAsync(direct, plans[i]);
            }
        }
        await Task.Delay(TimeSpan.FromSeconds(7));
    }
}
