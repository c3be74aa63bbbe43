using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StPlatform.Contracts;
using StPlatform.Identity.Account;
using StPlatform.Identity.Data;
using StPlatform.Identity.Seeding;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Tests.Account;

/// <summary>A production deployment: an empty database, no seeded users, and the first administrator made by command.</summary>
[Collection(SharedIdentityService.Name)]
public sealed class BootstrapTests(IdentityFixture fixture)
{
    [Fact]
    public async Task First_administrator_is_created_once_in_an_empty_production_database()
    {
        var empty = new NpgsqlConnectionStringBuilder(fixture.ConnectionString) { Database = $"identity_bootstrap_{Guid.NewGuid():N}" };
        await using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment("Production")
            .UseSetting($"ConnectionStrings:{ResourceNames.IdentityDb}", empty.ConnectionString)
            .UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", Broker())
            .UseSetting("Identity:KeyDirectory", fixture.Keys));
        await WaitUntilReadyAsync(production);
        Environment.SetEnvironmentVariable(BootstrapAdministrator.PasswordVariable, "A-long-enough-password-1");
        using var first = new StringWriter();
        using var second = new StringWriter();

        var created = await BootstrapAdministrator.RunAsync(production.Services, ["first-admin", "SKHCN"], first);
        var again = await BootstrapAdministrator.RunAsync(production.Services, ["another-admin", "SKHCN"], second);

        Assert.True(created == 0, first.ToString());
        Assert.Equal(1, again);
        await using var scope = production.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var admins = await users.GetUsersInRoleAsync(PlatformRoles.Administrator);
        Assert.Equal("first-admin", Assert.Single(admins).UserName);
        Assert.Null(await users.FindByNameAsync("officer.stc"));
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        var made = await db.Set<AuditEntry>().Where(e => e.EntityType == "User" && e.EntityId == admins[0].Id.ToString()).ToListAsync();
        Assert.Equal((AuditActor.SystemId, AuditActor.SystemName), (Assert.Single(made).UserId, made[0].UserName));
    }

    /// <summary>A normal start also names the broker, where unit events go (the shared service's one).</summary>
    private string? Broker() =>
        fixture.Service.Services.GetRequiredService<IConfiguration>().GetConnectionString(ResourceNames.Messaging);

    /// <summary>The started service seeds units and roles itself; the command is run once it has, as an operator would.</summary>
    private static async Task WaitUntilReadyAsync(WebApplicationFactory<Program> service)
    {
        using var client = service.CreateClient();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return;
            }
            await Task.Delay(250);
        }
        Assert.Fail("The identity service did not become ready within 30 s.");
    }
}
