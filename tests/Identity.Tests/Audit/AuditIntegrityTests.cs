using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StPlatform.Identity.Data;
using StPlatform.ServiceDefaults.Audit;
using static StPlatform.Identity.Tests.Admin.UnitSamples;
using static StPlatform.Identity.Tests.Audit.AuditSamples;

namespace StPlatform.Identity.Tests.Audit;

/// <summary>An audit row exists exactly when its change does, and nobody rewrites one afterwards.</summary>
[Collection(SharedIdentityService.Name)]
public sealed class AuditIntegrityTests(IdentityFixture fixture)
{
    [Fact]
    public async Task A_change_rolled_back_takes_its_audit_row_with_it()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        await RegisterAsync(admin, code, NewName());

        await using (var scope = fixture.Service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var unit = await db.Units.SingleAsync(u => u.Code == code);
            unit.Name = NewName();
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(e => e.EntityId == code && e.Action == "updated"));
            await transaction.RollbackAsync();
        }

        Assert.Equal(["created"], (await RowsAsync(fixture, "Unit", code)).Select(r => r.Action));
    }

    [Fact]
    public async Task A_change_the_database_refuses_leaves_no_audit_row()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        await RegisterAsync(admin, code, NewName());

        await using (var scope = fixture.Service.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
            var unit = await db.Units.SingleAsync(u => u.Code == code);
            unit.Name = new string('x', 500);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(["created"], (await RowsAsync(fixture, "Unit", code)).Select(r => r.Action));
    }

    [Fact]
    public async Task Audit_rows_cannot_be_rewritten_or_deleted_even_with_the_services_own_credentials()
    {
        var update = await fixture.WithDbAsync(db =>
            Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET user_name = 'someone else'")));
        var delete = await fixture.WithDbAsync(db =>
            Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log")));

        Assert.Contains("append-only", update.MessageText, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.MessageText, StringComparison.Ordinal);
    }
}
