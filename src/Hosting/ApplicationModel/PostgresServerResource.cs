namespace StPlatform.Hosting;

/// <summary>A PostgreSQL server run from the local PostgreSQL binaries.</summary>
public sealed class PostgresServerResource(string name) : Resource(name), IResourceWithConnectionString, IResourceWithWaitSupport
{
    public const string UserName = "postgres";

    /// <summary>The TCP port, known once the application has started.</summary>
    public int? Port { get; internal set; }

    /// <summary>The superuser password, generated on first start and kept in the data folder.</summary>
    public string? Password { get; internal set; }

    public ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Port is { } port && Password is { } password
            ? $"Host=127.0.0.1;Port={port};Username={UserName};Password={password}"
            : null);
}

/// <summary>A database inside a <see cref="PostgresServerResource"/>, created when the server first is healthy.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
    : Resource(name), IResourceWithConnectionString, IResourceWithParent, IResourceWithWaitSupport
{
    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Parent { get; } = parent;

    IResource IResourceWithParent.Parent => Parent;

    public async ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default) =>
        await Parent.GetConnectionStringAsync(cancellationToken) is { } server
            ? $"{server};Database={DatabaseName}"
            : null;
}
