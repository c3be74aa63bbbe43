using Npgsql;
using StPlatform.Hosting.Testing;
using Xunit.Abstractions;

namespace StPlatform.Hosting.Tests;

public sealed class PostgresResourceTests(ITestOutputHelper output)
{
    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(90)).Token;

    [Fact]
    public async Task A_database_is_created_and_answers_queries_on_its_connection_string()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.Output = output.WriteLine;
        builder.AddPostgres("postgres").AddDatabase("tasksdb");
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);

        await app.ResourceNotifications.WaitForResourceHealthyAsync("tasksdb", Timeout);

        var connectionString = await app.GetConnectionStringAsync("tasksdb");
        Assert.Matches(@"^Host=127\.0\.0\.1;Port=\d+;Username=postgres;Password=\w+;Database=tasksdb$", connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Timeout);
        await using var command = new NpgsqlCommand("SELECT current_database()", connection);
        Assert.Equal("tasksdb", await command.ExecuteScalarAsync(Timeout));
    }

    [Fact]
    public async Task The_server_runs_as_its_own_user_and_listens_on_loopback_only()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.Output = output.WriteLine;
        var postgres = builder.AddPostgres("postgres");
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);

        var healthy = await app.ResourceNotifications.WaitForResourceHealthyAsync("postgres", Timeout);

        var pid = healthy.Snapshot.ProcessId!.Value;
        Assert.Equal(ProcessInspection.IsRoot ? "postgres" : Environment.UserName, ProcessInspection.UserOf(pid));
        Assert.Equal([ProcessInspection.LoopbackV4], ProcessInspection.ListenersOn(postgres.Resource.Port!.Value));
    }

    [Fact]
    public async Task A_persistent_data_folder_keeps_its_rows_from_one_run_to_the_next()
    {
        var folder = Path.Combine(Path.GetTempPath(), "stplatform-persist-" + Guid.NewGuid().ToString("N"));
        try
        {
            await RunOnceAsync(folder, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('từ hôm qua')");
            Assert.True(File.Exists(Path.Combine(folder, "postgres", "data", "PG_VERSION")));

            var note = await RunOnceAsync(folder, "SELECT note FROM kept");

            Assert.Equal("từ hôm qua", note);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<object?> RunOnceAsync(string folder, string sql)
    {
        var builder = DistributedApplicationTestingBuilder.Create($"--DataFolder={folder}");
        builder.Output = output.WriteLine;
        builder.AddPostgres("postgres").AddDatabase("notesdb");
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("notesdb", Timeout);
        await using var connection = new NpgsqlConnection(await app.GetConnectionStringAsync("notesdb"));
        await connection.OpenAsync(Timeout);
#pragma warning disable CA2100 // Fixed statements of this test.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return await command.ExecuteScalarAsync(Timeout);
    }
}
