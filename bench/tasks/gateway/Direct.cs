using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using StPlatform.Tasks.Data;

namespace StPlatform.Tasks.Bench;

/// <summary>
/// The service's own read (the same C# method the endpoint calls) on a fresh DbContext each time,
/// straight to PostgreSQL: the database's share without HTTP, gateway or authentication.
/// </summary>
internal sealed class Direct(string connectionString)
{
    /// <summary>The SQL each read sent the first time, for bench/tasks/queries.sql.</summary>
    public List<string> Statements { get; } = [];

    public async Task<(double P50, double P95)> RunAsync(Func<TasksDbContext, Task> read, int times)
    {
        await using (var first = Create(log: true))
        {
            await read(first);
        }
        var elapsed = new List<double>(times);
        for (var i = 0; i < times; i++)
        {
            await using var db = Create(log: false);
            var watch = Stopwatch.StartNew();
            await read(db);
            elapsed.Add(watch.Elapsed.TotalMilliseconds);
        }
        elapsed.Sort();
        return (elapsed[(int)(times * 0.5)], elapsed[Math.Min(times - 1, (int)(times * 0.95))]);
    }

    private TasksDbContext Create(bool log)
    {
        var options = new DbContextOptionsBuilder<TasksDbContext>().UseNpgsql(connectionString);
        TasksDbContext.ConfigureOptions(options);
        if (log)
        {
            options.LogTo(Statements.Add, [RelationalEventId.CommandExecuted]);
        }
        return new TasksDbContext(options.Options);
    }
}
