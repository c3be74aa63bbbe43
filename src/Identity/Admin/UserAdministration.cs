using Microsoft.AspNetCore.Identity;
using StPlatform.Identity.Account;
using StPlatform.Identity.Data;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Admin;

/// <summary>
/// The administrator's changes to one account: lock, unlock and a new password. Each is one save
/// (with its audit row); a lock and a new password also renew the security stamp, so the person's
/// sign-in sessions and refresh tokens stop working.
/// </summary>
public sealed class UserAdministration(UsersDbContext db, UserManager<PlatformUser> users, TimeProvider clock)
{
    public const string SelfLockMessage =
        "Bạn không thể tự khoá tài khoản của mình. / You cannot lock your own account.";

    public const string LastAdministratorMessage =
        "Không thể khoá quản trị viên cuối cùng còn hoạt động: hãy giao vai trò quản trị cho người khác trước. "
        + "/ The last unlocked administrator cannot be locked: make someone else an administrator first.";

    /// <summary>Locks until <paramref name="until"/> (null: until unlocked). Null when done, else why not.</summary>
    public async Task<string?> LockAsync(PlatformUser user, DateTimeOffset? until, string? actingUserId, CancellationToken cancellationToken)
    {
        if (string.Equals(user.Id.ToString(), actingUserId, StringComparison.OrdinalIgnoreCase))
        {
            return SelfLockMessage;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.IsInRoleAsync(user, PlatformRoles.Administrator)
            && await AdministratorGuard.OtherUnlockedAsync(db, user.Id, clock.GetUtcNow(), cancellationToken) == 0)
        {
            return LastAdministratorMessage;
        }
        user.LockoutEnabled = true;
        user.LockoutEnd = until ?? DateTimeOffset.MaxValue;
        var saved = await users.UpdateSecurityStampAsync(user);
        if (!saved.Succeeded)
        {
            return Describe(saved);
        }
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<string?> UnlockAsync(PlatformUser user)
    {
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded ? null : Describe(saved);
    }

    /// <summary>Sets the password the administrator typed; the errors are the password rules it breaks.</summary>
    public async Task<IReadOnlyList<string>> ResetPasswordAsync(PlatformUser user, string password)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        return [.. reset.Errors.Select(PasswordMessages.For)];
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(PasswordMessages.For));
}
