using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StPlatform.Messaging.Tests.Infrastructure;
using StPlatform.Messaging.Tests.TestService;
using StPlatform.ServiceDefaults;

namespace StPlatform.Messaging.Tests.Configuration;

/// <summary>Every service's pool together must fit in what the one PostgreSQL server accepts.</summary>
public sealed class ConnectionPoolTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    private const int Services = 4;

    [Fact]
    public async Task A_services_pool_is_capped_so_that_the_four_services_fit_in_the_servers_max_connections()
    {
        await using var app = TestServiceHost.Build(Setup, consumes: true, configure: null);
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        var pool = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxPoolSize;

        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int", connection);
        var available = (int)(await command.ExecuteScalarAsync())!;

        Output.WriteLine($"pool {pool} per service, {available} connections for ordinary roles");
        Assert.Equal(NpgsqlExtensions.DefaultMaxPoolSize, pool);
        Assert.True(Services * pool < available, $"{Services} pools of {pool} exceed the server's {available}.");
    }

    [Fact]
    public void A_maximum_set_in_the_connection_string_is_kept()
    {
        var given = new NpgsqlConnectionStringBuilder(Setup.Database) { MaxPoolSize = 7 }.ConnectionString;

        Assert.Equal(7, new NpgsqlConnectionStringBuilder(NpgsqlExtensions.WithPoolCap(given)).MaxPoolSize);
        Assert.Equal(7, new NpgsqlConnectionStringBuilder(NpgsqlExtensions.WithPoolCap("Host=db;Maximum Pool Size=7")).MaxPoolSize);
    }
}
