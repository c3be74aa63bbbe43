using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using StPlatform.Identity.Account;
using StPlatform.Identity.Units;
using StPlatform.ServiceDefaults.Audit;

namespace StPlatform.Identity.Data;

/// <summary>
/// What identity's audit trail records: units, users, roles and who holds them, with their safe
/// fields only. A password change is recorded as the action <c>password</c>: the hash, the
/// security and concurrency stamps, and OpenIddict's tokens and client secrets are never copied.
/// </summary>
internal static class IdentityAudit
{
    public const string UnitKind = "Unit";
    public const string UserKind = "User";
    public const string RoleKind = "UserRole";

    public static readonly AuditPolicy Policy = new AuditPolicy()
        .Record<Unit>(new(UnitKind, nameof(Unit.Code), nameof(Unit.Name), nameof(Unit.NameEn), nameof(Unit.Kind))
        {
            Key = e => ((Unit)e.Entity).Code,
        })
        .Record<PlatformUser>(new(UserKind,
            nameof(PlatformUser.UserName), nameof(PlatformUser.DisplayName), nameof(PlatformUser.UnitId),
            nameof(PlatformUser.Email), nameof(PlatformUser.LockoutEnabled), nameof(PlatformUser.LockoutEnd))
        {
            Action = UserAction,
            // A user moved to another unit shows the unit they left before and the one they joined after.
            Names = (e, original) => new Dictionary<string, object?>
            {
                ["UnitCode"] = UnitCode(e.Context, (Guid)(original ? e.Property(nameof(PlatformUser.UnitId)).OriginalValue! : ((PlatformUser)e.Entity).UnitId)),
            },
        })
        .Record<IdentityUserRole<Guid>>(new(RoleKind, nameof(IdentityUserRole<Guid>.UserId), nameof(IdentityUserRole<Guid>.RoleId))
        {
            Action = (e, _) => e.State switch { EntityState.Added => "given", EntityState.Deleted => "removed", _ => null },
            Names = (e, _) => RoleNames(e),
        });

    /// <summary>A password set or reset, a lockout begun or ended, say so; other changes are <c>updated</c>.</summary>
    private static string? UserAction(EntityEntry entry, string? action)
    {
        if (entry.State != EntityState.Modified)
        {
            return action;
        }
        if (AuditRule.Changed(entry, nameof(PlatformUser.PasswordHash)))
        {
            return "password";
        }
        if (AuditRule.Changed(entry, nameof(PlatformUser.LockoutEnd)))
        {
            return ((PlatformUser)entry.Entity).LockoutEnd > DateTimeOffset.UtcNow ? "locked" : "unlocked";
        }
        return action;
    }

    private static Dictionary<string, object?> RoleNames(EntityEntry entry)
    {
        var link = (IdentityUserRole<Guid>)entry.Entity;
        var user = entry.Context.ChangeTracker.Entries<PlatformUser>().Select(u => u.Entity).FirstOrDefault(u => u.Id == link.UserId);
        var role = entry.Context.ChangeTracker.Entries<IdentityRole<Guid>>().Select(r => r.Entity).FirstOrDefault(r => r.Id == link.RoleId);
        return new()
        {
            ["UserName"] = user?.UserName
                ?? entry.Context.Set<PlatformUser>().AsNoTracking().Where(u => u.Id == link.UserId).Select(u => u.UserName).SingleOrDefault(),
            ["Role"] = role?.Name
                ?? entry.Context.Set<IdentityRole<Guid>>().AsNoTracking().Where(r => r.Id == link.RoleId).Select(r => r.Name).SingleOrDefault(),
        };
    }

    private static string? UnitCode(DbContext db, Guid unitId) =>
        db.ChangeTracker.Entries<Unit>().Select(u => u.Entity).FirstOrDefault(u => u.Id == unitId)?.Code
        ?? db.Set<Unit>().AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Code).SingleOrDefault();
}
