using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StPlatform.Contracts;
using StPlatform.Identity.Data;
using StPlatform.Messaging.Outbox;
using StPlatform.TestSupport;

namespace StPlatform.Identity.Tests.Admin;

/// <summary>The broker is not up: identity still starts, signs people in, and keeps unit events in its outbox.</summary>
[Collection(SharedIdentityService.Name)]
public sealed class BrokerDownTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Without_a_broker_identity_serves_sign_in_and_unit_events_wait_in_the_outbox()
    {
        var database = new NpgsqlConnectionStringBuilder(fixture.ConnectionString) { Database = $"identity_nobroker_{Guid.NewGuid():N}" };
        await using var service = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment("Development")
            .UseSetting($"ConnectionStrings:{ResourceNames.IdentityDb}", database.ConnectionString)
            // Nothing listens on port 1.
            .UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", "amqp://guest:guest@127.0.0.1:1")
            .UseSetting("Identity:KeyDirectory", fixture.Keys));
        await WaitUntilMigratedAsync(service);
        using var admin = service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var signedIn = await Forms.SubmitAsync(admin, "/identity/account/signin",
            [new("userName", "admin"), new("password", IdentityFixture.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var code = UnitSamples.NewCode();

        using var registered = await Forms.SubmitAsync(admin, UnitSamples.UnitsPath, UnitSamples.Registration(code, UnitSamples.NewName()));

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.Contains("UnitRegistered")).ToListAsync();
        var row = Assert.Single(rows, r => JsonDocument.Parse(r.Body).RootElement.GetProperty("code").GetString() == code);
        Assert.Null(row.PublishedAt);
        Assert.Null(row.ParkedAt);
    }

    /// <summary>Degraded (the broker checks) still answers 200: the service is in rotation once its schema is current.</summary>
    private static async Task WaitUntilMigratedAsync(WebApplicationFactory<Program> service)
    {
        using var client = service.CreateClient();
        var last = string.Empty;
        for (var attempt = 0; attempt < 240; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            last = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
            {
                return;
            }
            await Task.Delay(250);
        }
        Assert.Fail($"Identity was not ready within 60 s without a broker: {last}");
    }
}
