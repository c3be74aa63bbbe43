using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StPlatform.Identity.Account;
using StPlatform.Identity.Data;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Admin;

/// <summary>
/// Gives and takes away platform roles. Only the roles the platform defines are given, and the last
/// administrator keeps the role: without one, nobody could manage users again.
/// </summary>
public sealed class RoleAssignments(UsersDbContext db, UserManager<PlatformUser> users, TimeProvider clock)
{
    public const string LastAdministratorMessage =
        "Không thể gỡ vai trò quản trị của quản trị viên cuối cùng: hãy giao vai trò này cho người khác trước. "
        + "/ The last administrator cannot lose the role: give it to someone else first.";

    /// <summary>Null when done, else the field (<c>userName</c> or <c>role</c>) and the message.</summary>
    public async Task<(string Field, string Message)?> AssignAsync(string? userName, string? role)
    {
        if (role is null || !PlatformRoles.All.Contains(role))
        {
            return ("role", "Không có vai trò này. / No such role.");
        }
        var user = await FindAsync(userName);
        if (user is null)
        {
            return ("userName", "Không có người dùng này. / No such user.");
        }
        if (await users.IsInRoleAsync(user, role))
        {
            return ("role", $"{user.UserName} đã có vai trò này. / {user.UserName} already has this role.");
        }
        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? null : ("role", string.Join(" ", added.Errors.Select(e => e.Description)));
    }

    /// <summary>Null when done (or when the user did not hold the role), else why not.</summary>
    public async Task<string?> RemoveAsync(string? userName, string? role, CancellationToken cancellationToken)
    {
        var user = await FindAsync(userName);
        if (user is null || role is null || !await users.IsInRoleAsync(user, role))
        {
            return null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (role == PlatformRoles.Administrator && await AdministratorGuard.OtherUnlockedAsync(db, user.Id, clock.GetUtcNow(), cancellationToken) == 0)
        {
            return LastAdministratorMessage;
        }
        var removed = await users.RemoveFromRoleAsync(user, role);
        if (!removed.Succeeded)
        {
            return string.Join(" ", removed.Errors.Select(e => e.Description));
        }
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private async Task<PlatformUser?> FindAsync(string? userName) =>
        string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
}
