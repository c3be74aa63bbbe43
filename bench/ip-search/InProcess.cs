using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.Search;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Bench;

/// <summary>
/// The service's own share of a search, without HTTP: <see cref="IpSearch.RunAsync"/> on a pooled
/// context (as the service has it) against the same statements sent with Npgsql (the direct side of
/// <see cref="Client"/>), alternating in one process against one database. It prints both sides'
/// latency and CPU per search and the time between the service's statements, which is EF Core's
/// building of the next query and reading of the last one's rows.
/// </summary>
internal static class InProcess
{
    public static async Task RunAsync(string database, string query, int rounds, TimeSpan warmUp)
    {
        await using var source = NpgsqlDataSource.Create(database);
        var gaps = new StatementGaps();
        var compilations = 0;
        var options = new DbContextOptionsBuilder<IpDbContext>().UseNpgsql(source);
        IpDbContext.ConfigureOptions(options);
        options.AddInterceptors(gaps).LogTo(_ => Interlocked.Increment(ref compilations), [CoreEventId.QueryCompilationStarting]);
        var contexts = new PooledDbContextFactory<IpDbContext>(options.Options);
        IReadOnlyList<(string Sql, List<(string Name, object Value)> Parameters)> statements;
        await using (var db = contexts.CreateDbContext())
        {
            statements = await SearchSql.ForAsync(db, query);
        }
        var request = new IpSearchRequest(query);
        var page = new PageRequest(1, 20);
        async Task ServiceAsync()
        {
            await using var db = contexts.CreateDbContext();
            gaps.Start();
            await IpSearch.RunAsync(db, readsUnpublished: false, request, page, CancellationToken.None);
            gaps.End();
        }

        // Until the runtime has recompiled what is hot (tier 1): a young process measures its JIT.
        for (var until = Stopwatch.StartNew(); until.Elapsed < warmUp;)
        {
            await ServiceAsync();
            await SearchSql.RunAsync(source, statements);
        }
        gaps.Clear();
        var compiledBefore = compilations;
        var service = new Side(rounds);
        var direct = new Side(rounds);
        for (var round = 0; round < rounds; round++)
        {
            // Alternating which goes first, so both see the same machine.
            if (round % 2 == 0)
            {
                await service.MeasureAsync(ServiceAsync);
                await direct.MeasureAsync(() => SearchSql.RunAsync(source, statements));
            }
            else
            {
                await direct.MeasureAsync(() => SearchSql.RunAsync(source, statements));
                await service.MeasureAsync(ServiceAsync);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"`{query}`, {rounds} searches a side: service p50 {P(service.Times, 50):F2} / p95 {P(service.Times, 95):F2} ms, CPU {service.CpuPerSearch:F2} ms a search; " +
            $"direct p50 {P(direct.Times, 50):F2} / p95 {P(direct.Times, 95):F2} ms, CPU {direct.CpuPerSearch:F2} ms; EF Core query compilations while measured: {compilations - compiledBefore}."));
        gaps.Print();
    }

    /// <summary>One side's searches: each one's latency, and the process's CPU while it ran.</summary>
    private sealed class Side(int rounds)
    {
        private readonly Process process = Process.GetCurrentProcess();
        private TimeSpan cpu;

        public List<double> Times { get; } = new(rounds);

        public double CpuPerSearch => cpu.TotalMilliseconds / Times.Count;

        public async Task MeasureAsync(Func<Task> search)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await search();
            Times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu += process.TotalProcessorTime - before;
        }
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>Stamps a search's start, each command sent, its first rows, its reader closed, and the end.</summary>
    private sealed class StatementGaps : DbCommandInterceptor
    {
        private readonly List<(string Step, long At)> current = [];
        private readonly List<List<(string Step, long At)>> searches = [];

        public void Start()
        {
            current.Clear();
            current.Add(("start", Stopwatch.GetTimestamp()));
        }

        public void End()
        {
            current.Add(("end", Stopwatch.GetTimestamp()));
            searches.Add([.. current]);
        }

        public void Clear() => searches.Clear();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            current.Add(("sent", Stopwatch.GetTimestamp()));
            return ValueTask.FromResult(result);
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            current.Add(("answered", Stopwatch.GetTimestamp()));
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            current.Add(("rows read", Stopwatch.GetTimestamp()));
            return ValueTask.FromResult(result);
        }

        /// <summary>The p50 of each step to the next, in order (all searches of one query take the same steps).</summary>
        public void Print()
        {
            var steps = searches[0].Count;
            for (var i = 1; i < steps; i++)
            {
                var times = searches.Where(s => s.Count == steps)
                    .Select(s => (s[i].At - s[i - 1].At) * 1000.0 / Stopwatch.Frequency).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {searches[0][i - 1].Step} -> {searches[0][i].Step}: p50 {P(times, 50):F3} ms"));
            }
        }
    }
}
