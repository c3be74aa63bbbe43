namespace StPlatform.Hosting;

public static class PostgresBuilderExtensions
{
    /// <summary>A PostgreSQL 15 server on a port the AppHost allocates, bound to loopback.</summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddResource(new PostgresServerResource(name));
    }

    /// <summary>A database created (if missing) once the server is healthy, before anything that waits for it starts.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var database = new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        return builder.ApplicationBuilder.AddResource(database);
    }
}
