using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StPlatform.Hosting;
using StPlatform.Hosting.Testing;
using StPlatform.ServiceDefaults.Http;

namespace StPlatform.ServiceDefaults.Tests.Http;

/// <summary>
/// The smallest service that uses the shared HTTP pieces: a table of things in a real PostgreSQL,
/// a keyed create and an If-Match update, behind the same defaults every service has.
/// </summary>
public sealed class ThingsApp : IAsyncLifetime
{
    private DistributedApplication? _postgres;
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public async Task<int> CountAsync(string name)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ThingsDb>().Things.CountAsync(t => t.Name == name);
    }

    public async Task InitializeAsync()
    {
        var infrastructure = DistributedApplicationTestingBuilder.Create();
        infrastructure.AddPostgres("postgres").AddDatabase("thingsdb");
        _postgres = await infrastructure.BuildAsync();
        await _postgres.StartAsync();
        // The orchestrator creates the database once PostgreSQL answers; it is healthy after that.
        await _postgres.ResourceNotifications.WaitForResourceHealthyAsync("thingsdb");
        var connectionString = await _postgres.GetConnectionStringAsync("thingsdb");

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddServiceDefaults();
        builder.Services.AddDbContext<ThingsDb>(options => options.UseNpgsql(connectionString));
        _app = builder.Build();
        _app.MapDefaultEndpoints();
        _app.MapPost("/things", CreateAsync).WithIdempotencyKey<ThingsDb>();
        _app.MapPut("/things/{id:int}", RenameBehindAnotherWriterAsync);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var creator = scope.ServiceProvider.GetRequiredService<ThingsDb>().GetService<IRelationalDatabaseCreator>();
            await creator.CreateTablesAsync();
        }
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    private static async Task<Results<Created<Thing>, ValidationProblem>> CreateAsync(ThingRequest request, ThingsDb db)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["required"] });
        }
        var thing = new Thing { Name = request.Name };
        db.Things.Add(thing);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/things/{thing.Id}", thing);
    }

    /// <summary>Another writer changes the row between this request's read and its save.</summary>
    private static async Task<Ok<Thing>> RenameBehindAnotherWriterAsync(int id, ThingRequest request, ThingsDb db)
    {
        var thing = await db.Things.SingleAsync(t => t.Id == id);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE things SET name = name || '!' WHERE id = {id}");
        thing.Name = request.Name ?? thing.Name;
        await db.SaveChangesAsync();
        return TypedResults.Ok(thing);
    }
}

public sealed record ThingRequest(string? Name);

public sealed class Thing
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public uint Version { get; set; }
}

public sealed class ThingsDb(DbContextOptions<ThingsDb> options) : DbContext(options)
{
    public DbSet<Thing> Things => Set<Thing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Thing>(thing =>
        {
            thing.ToTable("things");
            thing.Property(t => t.Id).HasColumnName("id");
            thing.Property(t => t.Name).HasColumnName("name");
            thing.Property(t => t.Version).IsRowVersion();
        });
        modelBuilder.AddIdempotencyKeys();
    }
}
