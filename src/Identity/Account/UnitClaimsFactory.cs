using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StPlatform.Identity.Data;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Account;

/// <summary>
/// The sign-in cookie names the user's unit, as the services' access tokens do, so that identity's
/// audit rows say which unit an administrator acted from.
/// </summary>
public sealed class UnitClaimsFactory(
    UserManager<PlatformUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, UsersDbContext db)
    : UserClaimsPrincipalFactory<PlatformUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PlatformUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        var code = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Code).SingleOrDefaultAsync();
        if (code is not null)
        {
            identity.AddClaim(new Claim(PlatformClaims.Unit, code));
        }
        return identity;
    }
}
