using Npgsql;

namespace StPlatform.Hosting.Orchestration;

/// <summary>Creates the database (if missing) once its server is healthy; healthy from then on.</summary>
internal sealed class PostgresDatabaseRunner(PostgresDatabaseResource database, RunContext context) : ResourceRunner(database, context)
{
    public override Task StopAsync() => Task.CompletedTask;

    protected override async Task<int?> LaunchAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await PostgresRunner.AdminConnectionStringAsync(database.Parent, cancellationToken));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database.DatabaseName });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            var name = database.DatabaseName.Replace("\"", "\"\"", StringComparison.Ordinal);
#pragma warning disable CA2100 // The identifier is quoted; CREATE DATABASE takes no parameters.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
#pragma warning restore CA2100
            await create.ExecuteNonQueryAsync(cancellationToken);
            Log.Add($"[apphost] created database {database.DatabaseName}");
        }
        return null;
    }

    protected override Task<bool> CheckHealthAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
