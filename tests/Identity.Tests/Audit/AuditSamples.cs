using System.Net;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.TestSupport;

namespace StPlatform.Identity.Tests.Audit;

internal static class AuditSamples
{
    public const string AuditPath = "/identity/admin/audit";
    public const string NewPassword = "Mat-khau-moi-2026-dai";
    public const string FirstPassword = "Another-long-password-1";

    /// <summary>A unit officer of the DOST that no other test knows, added by the administrator's form.</summary>
    public static async Task<string> AddUserAsync(HttpClient admin)
    {
        var userName = $"canbo.{Unique.Suffix()[..10]}";
        using var added = await Forms.SubmitAsync(admin, "/identity/admin/users",
        [
            new("userName", userName), new("displayName", "Lê Thị Thu Hà"), new("unitCode", "SKHCN"),
            new("role", "unit-officer"), new("password", FirstPassword),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return userName;
    }

    public static Task<List<AuditEntry>> RowsAsync(IdentityFixture fixture, string kind, string key) =>
        fixture.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityType == kind && e.EntityId == key).OrderBy(e => e.Id).ToListAsync());

    public static Task<List<AuditEntry>> AllAsync(IdentityFixture fixture) =>
        fixture.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().ToListAsync());
}
