using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
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
/// latency and CPU per search: what the service's own code adds to the statements.
/// </summary>
internal static class InProcess
{
    public static async Task RunAsync(string database, string query, int rounds, TimeSpan warmUp)
    {
        await using var source = NpgsqlDataSource.Create(database);
        var options = new DbContextOptionsBuilder<IpDbContext>().UseNpgsql(source);
        IpDbContext.ConfigureOptions(options);
        var contexts = new PooledDbContextFactory<IpDbContext>(options.Options);
        IReadOnlyList<SearchStep> statements;
        await using (var db = contexts.CreateDbContext())
        {
            statements = await SearchSql.ForAsync(db, query);
        }
        var request = new IpSearchRequest(query);
        var page = new PageRequest(1, 20);
        async Task ServiceAsync()
        {
            await using var db = contexts.CreateDbContext();
            await IpSearch.RunAsync(db, readsUnpublished: false, request, page, CancellationToken.None);
        }

        // Until the runtime has recompiled what is hot (tier 1): a young process measures its JIT.
        for (var until = Stopwatch.StartNew(); until.Elapsed < warmUp;)
        {
            await ServiceAsync();
            await SearchSql.RunAsync(source, statements);
        }
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
            $"direct p50 {P(direct.Times, 50):F2} / p95 {P(direct.Times, 95):F2} ms, CPU {direct.CpuPerSearch:F2} ms."));
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
}
