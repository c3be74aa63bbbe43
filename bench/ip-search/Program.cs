extern alias apphost;

using System.Diagnostics;
using System.Globalization;
using Npgsql;
using StPlatform.Contracts;
using StPlatform.Hosting;
using StPlatform.Hosting.Testing;
using StPlatform.IntellectualProperty.Bench;

// dotnet run -c Release --project bench/ip-search [assets=1000000] [rounds=400]: its own platform and data.
// dotnet run -c Release --project bench/ip-search client <gateway-url> <ip-service-url> <ipdb-connection-string> [rounds=400]:
// only the measurements, against a platform already running with its data.
// dotnet run -c Release --project bench/ip-search in-process <ipdb-connection-string> [query="hai phong"] [rounds=300] [warm-up s=40]:
// the service's search code against the same statements sent directly, in one process, without HTTP.
// 400 searches a query a side: a query's p95 is the 20th slowest, steadier from run to run than the 8th of 150.
const int DefaultRounds = 400;

if (args is ["in-process", var ipdbConnection, .. var options])
{
    await InProcess.RunAsync(ipdbConnection, options.Length > 0 ? options[0] : "hai phong",
        options.Length > 1 ? int.Parse(options[1], CultureInfo.InvariantCulture) : 300,
        TimeSpan.FromSeconds(options.Length > 2 ? int.Parse(options[2], CultureInfo.InvariantCulture) : 40));
    return 0;
}
if (args is ["client", var gatewayUrl, var serviceUrl, var ipdb, .. var rest])
{
    await Client.RunAsync(new Uri(gatewayUrl), new Uri(serviceUrl), ipdb, rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : DefaultRounds);
    return 0;
}
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : DefaultRounds;

Console.WriteLine($"Load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
var builder = await DistributedApplicationTestingBuilder.CreateAsync<apphost::Program>(cancellationToken: timeout.Token);
builder.DefaultTimeout = TimeSpan.FromMinutes(3);
// One reader sending a request every few milliseconds for minutes: far past the per-address budget
// (1,200 a minute) that keeps a person's browser or script in check. The limiter itself still runs.
builder.Resources.Single(r => r.Name == ResourceNames.Gateway).Annotations.Add(
    new EnvironmentAnnotation("Gateway__RateLimits__PerIpPerMinute", () => "1000000"));
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
Console.WriteLine($"Generated {count:N0} assets and their search indexes (trigrams, number grams) in {watch.Elapsed.TotalSeconds:F0} s.");

// The reader in a process of its own (Client), as a user is one: not in this process, which hosts
// the AppHost and the dashboard that takes in every service's telemetry.
var client = Process.Start(new ProcessStartInfo("dotnet")
{
    ArgumentList =
    {
        typeof(Client).Assembly.Location, "client",
        app.GetEndpoint(ResourceNames.Gateway, ResourceBuilderExtensions.HttpEndpointName).ToString(),
        app.GetEndpoint(ResourceNames.IntellectualProperty, ResourceBuilderExtensions.HttpEndpointName).ToString(),
        database, rounds.ToString(CultureInfo.InvariantCulture),
    },
}) ?? throw new InvalidOperationException("The measuring client did not start.");
try
{
    await client.WaitForExitAsync(timeout.Token);
}
catch (OperationCanceledException)
{
    client.Kill(entireProcessTree: true);
    throw;
}
Console.WriteLine($"Load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
return client.ExitCode;
