using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests;

/// <summary>
/// The test assembly run as a child process (<c>dotnet exec Messaging.Tests.dll service ...</c>),
/// so that the crash tests can kill a real process: a consumer mid-backlog, or a publisher right
/// after its commit or right after the broker confirmed its publishes.
/// </summary>
public static class Program
{
    public const string Ready = "READY";

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not ["service", var database, var messaging, var prefix, var mode, ..])
        {
            await Console.Error.WriteLineAsync("usage: service <database> <amqp> <prefix> consume|crash-before-publish|crash-after-publish [count]");
            return 2;
        }
        var setup = new ServiceSetup(database, messaging, prefix);
        var count = args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 0;
        return mode switch
        {
            "consume" => await ConsumeAsync(setup),
            "crash-before-publish" => await WriteThenCrashAsync(setup, count, afterPublish: false),
            "crash-after-publish" => await WriteThenCrashAsync(setup, count, afterPublish: true),
            _ => 2,
        };
    }

    private static async Task<int> ConsumeAsync(ServiceSetup setup)
    {
        await using var host = await TestServiceHost.StartAsync(setup, consumes: true);
        Console.WriteLine(Ready);
        // Runs until the test kills it; a closed stdin means the test run itself is gone.
        while (await Console.In.ReadLineAsync() is not null)
        {
        }
        return 0;
    }

    /// <summary>
    /// Commits the items first (relay off), then runs the relay over them in one batch and dies at
    /// the hook: before the publish, or after the broker confirmed every row and before they are marked.
    /// </summary>
    private static async Task<int> WriteThenCrashAsync(ServiceSetup setup, int count, bool afterPublish)
    {
        await using (var writer = await TestServiceHost.StartAsync(setup, consumes: false, options => options.RelayEnabled = false))
        {
            for (var i = 0; i < count; i++)
            {
                await using var scope = writer.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
                var recorded = new ItemRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), $"item {i}");
                db.Items.Add(new Item { Id = recorded.ItemId, Name = recorded.Name });
                db.PublishLater(recorded);
                await db.SaveChangesAsync();
            }
        }
        Console.WriteLine(Ready);
        await using var relay = await TestServiceHost.StartAsync(setup, consumes: false, options =>
        {
            options.RelayBatchSize = count;
            options.PublishTimeout = TimeSpan.FromSeconds(20);
            if (afterPublish)
            {
                options.Hooks.AfterPublish = (published, _) =>
                {
                    if (published.Count > 0)
                    {
                        Crash();
                    }
                    return Task.CompletedTask;
                };
            }
            else
            {
                options.Hooks.BeforePublish = (_, _) =>
                {
                    Crash();
                    return Task.CompletedTask;
                };
            }
        }, waitUntilHealthy: false);
        await Task.Delay(TimeSpan.FromMinutes(2));
        return 1;
    }

    /// <summary>SIGKILL: no finally block, no disposal, no graceful anything.</summary>
    private static void Crash()
    {
        using var self = Process.GetCurrentProcess();
        self.Kill();
    }
}
