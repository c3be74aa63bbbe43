extern alias apphost;

using System.Diagnostics;
using System.Globalization;
using Npgsql;
using StPlatform.Contracts;
using StPlatform.Hosting.Testing;
using StPlatform.ServiceDefaults;
using StPlatform.Tasks.Bench;
using StPlatform.Tasks.Dashboard;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;

// dotnet run -c Release --project bench/tasks/gateway [requests=120] [concurrency=2]
// The whole AppHost (identity, gateway, services), 200,000 tasks and 1,000,000 reports seeded into
// its tasksdb by bench/tasks/seed.sql, then each read through the gateway with hey, signed in as a
// development user, beside the same read straight to PostgreSQL.
var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 120;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
string Load() => File.ReadAllText("/proc/loadavg").Trim();

Console.WriteLine($"Load average at start: {Load()}");
using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
var builder = await DistributedApplicationTestingBuilder.CreateAsync<apphost::Program>(cancellationToken: timeout.Token);
builder.DefaultTimeout = TimeSpan.FromMinutes(4);
await using var app = await builder.BuildAsync(timeout.Token);
await app.StartAsync(timeout.Token);
foreach (var name in new[] { ResourceNames.Identity, ResourceNames.Tasks, ResourceNames.Gateway })
{
    await app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
}
var database = await app.GetConnectionStringAsync(ResourceNames.TasksDb, timeout.Token) ?? throw new InvalidOperationException("No tasksdb.");

var watch = Stopwatch.StartNew();
await using (var connection = new NpgsqlConnection(database))
{
    await connection.OpenAsync();
    await using var seed = new NpgsqlCommand(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed.sql")), connection) { CommandTimeout = 1800 };
    await seed.ExecuteNonQueryAsync();
}
Console.WriteLine($"Seeded 200,000 tasks and 1,000,000 reports in {watch.Elapsed.TotalSeconds:F0} s; load average {Load()}");

using var gatewayClient = app.CreateHttpClient(ResourceNames.Gateway);
var gateway = gatewayClient.BaseAddress!;
var officer = await SignIn.CookieAsync(gateway, "officer.skhcn");
var office = await SignIn.CookieAsync(gateway, "taskoffice");
var today = CityTime.Today(TimeProvider.System);
var secondHalf = new CalendarPeriod("2025-Y", "Năm 2025", new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31), new DateOnly(2025, 11, 20));
var direct = new Direct(database);
(string Name, string Path, string Cookie, string Accept, int Requests, Func<TasksDbContext, Task> Read)[] reads =
[
    ("\"my tasks\" API, page 1 (officer.skhcn)", "/api/tasks/mine?page=1&pageSize=20", officer, "application/json", requests,
        db => MyTasks.PageAsync(db, "SKHCN", new PageRequest(1, 20), today, CancellationToken.None)),
    ("unit KPI API, SKHCN, all time", "/api/tasks/dashboard/units/SKHCN", officer, "application/json", requests,
        db => new DashboardQueries(db).ForUnitAsync("SKHCN", null, today, CancellationToken.None)),
    ("unit dashboard API, every unit, all time (taskoffice)", "/api/tasks/dashboard/units", office, "application/json", requests,
        db => new DashboardQueries(db).PerUnitAsync(null, today, CancellationToken.None)),
    ("unit dashboard API, every unit, 2025-Y", "/api/tasks/dashboard/units?period=2025-Y", office, "application/json", requests,
        db => new DashboardQueries(db).PerUnitAsync(secondHalf, today, CancellationToken.None)),
    ("\"my tasks\" page /tasks/mine", "/tasks/mine", officer, "text/html", requests / 2,
        db => MyTasks.PageAsync(db, "SKHCN", new PageRequest(1, 20), today, CancellationToken.None)),
    ("unit KPI page /tasks/units/SKHCN", "/tasks/units/SKHCN", officer, "text/html", requests / 2,
        db => new DashboardQueries(db).ForUnitAsync("SKHCN", null, today, CancellationToken.None)),
    ("office dashboard page /tasks/dashboard (units + plans)", "/tasks/dashboard", office, "text/html", requests / 4,
        async db => { await new DashboardQueries(db).PerUnitAsync(null, today, CancellationToken.None); await new DashboardQueries(db).PerPlanAsync(null, today, CancellationToken.None); }),
];

Console.WriteLine($"| read | gateway p50 / p95 ms (hey -n N -c {concurrency}) | N, statuses | direct p50 / p95 ms | load average |");
Console.WriteLine("|---|---:|---|---:|---|");
foreach (var read in reads)
{
    var url = new Uri(gateway, read.Path);
    await Hey.RunAsync(url, read.Cookie, read.Accept, 10, 1);
    var (g50, g95, statuses) = await Hey.RunAsync(url, read.Cookie, read.Accept, read.Requests, concurrency);
    var (d50, d95) = await direct.RunAsync(read.Read, read.Requests);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {read.Name} | {g50:F1} / {g95:F1} | {read.Requests}, {statuses} | {d50:F1} / {d95:F1} | {Load()} |"));
}
Console.WriteLine($"Load average at end: {Load()}");
foreach (var statement in direct.Statements)
{
    Console.WriteLine(statement);
}
