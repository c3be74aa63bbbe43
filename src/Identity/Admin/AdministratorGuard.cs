using Microsoft.EntityFrameworkCore;
using StPlatform.Identity.Data;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Admin;

/// <summary>
/// Keeps at least one administrator who can sign in: without one, nobody could manage users again.
/// </summary>
internal static class AdministratorGuard
{
    /// <summary>
    /// The unlocked administrators other than <paramref name="userId"/>, counted with the
    /// administrator role's row locked until the transaction ends, so two administrators locking or
    /// demoting each other at once cannot both succeed. Call it inside a transaction.
    /// </summary>
    public static async Task<int> OtherUnlockedAsync(UsersDbContext db, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var role = await db.Roles.AsNoTracking().SingleAsync(r => r.Name == PlatformRoles.Administrator, cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"AspNetRoles\" WHERE id = {role.Id} FOR UPDATE", cancellationToken);
        return await (from link in db.UserRoles
                      join user in db.Users on link.UserId equals user.Id
                      where link.RoleId == role.Id && user.Id != userId && (user.LockoutEnd == null || user.LockoutEnd <= now)
                      select user.Id).CountAsync(cancellationToken);
    }
}
