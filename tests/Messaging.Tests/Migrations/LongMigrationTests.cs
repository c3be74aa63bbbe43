using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StPlatform.Messaging.Tests.Infrastructure;
using StPlatform.ServiceDefaults;

namespace StPlatform.Messaging.Tests.Migrations;

/// <summary>
/// A service migrates its database in the background (ServiceDefaults' AddMigration). A migration
/// that runs longer than a query may, such as an index built over a large table, must finish:
/// cancelled at the command timeout, it was rolled back and retried for ever, and the service
/// never became ready. Here (the one test project with a bare PostgreSQL) the context's own timeout
/// is 1 s and the migration takes 3 s.
/// </summary>
[Collection(BrokerAndDatabase.Name)]
public sealed class LongMigrationTests(MessagingInfrastructure infrastructure)
{
    [Fact]
    public async Task A_migration_longer_than_the_contexts_command_timeout_is_applied_and_the_service_becomes_ready()
    {
        var (_, database) = await infrastructure.NewDatabaseAsync();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDbContext<LongMigrationContext>(options => options.UseNpgsql(database, npgsql => npgsql.CommandTimeout(1)));
        builder.Services.AddMigration<LongMigrationContext>();
        using var host = builder.Build();

        await host.StartAsync();
        var health = host.Services.GetRequiredService<HealthCheckService>();
        var ready = await Eventually.UntilAsync(
            async () => (await health.CheckHealthAsync()).Status, status => status == HealthStatus.Healthy,
            TimeSpan.FromSeconds(30), "the schema migrated");
        await host.StopAsync();

        Assert.Equal(HealthStatus.Healthy, ready);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LongMigrationContext>();
        Assert.Equal([BuildsForLong.Id], await db.Database.GetAppliedMigrationsAsync());
    }
}

public sealed class LongMigrationContext(DbContextOptions<LongMigrationContext> options) : DbContext(options);

[DbContext(typeof(LongMigrationContext))]
[Migration(Id)]
public sealed class BuildsForLong : Migration
{
    public const string Id = "20260101000000_BuildsForLong";

    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("SELECT pg_sleep(3)");
}
