using System.Collections.Immutable;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using StPlatform.Identity.Account;
using StPlatform.Identity.Data;
using StPlatform.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace StPlatform.Identity.Connect;

/// <summary>
/// The claims a token carries: subject, name, roles and unit code, read afresh from the database at
/// every issue (a refresh after a role is removed no longer carries it), the audiences of the
/// service scopes granted, and the security stamp the grant was made under.
/// </summary>
public sealed class TokenPrincipals(
    UserManager<PlatformUser> users, UsersDbContext db, IOpenIddictScopeManager scopes, IOpenIddictApplicationManager applications)
{
    /// <summary>
    /// The user's security stamp when the grant was made. It goes into no token a client can read,
    /// only into the codes and refresh tokens the server alone decrypts: a grant made before a
    /// lock or a password reset (which renew the stamp) is refused.
    /// </summary>
    public const string StampClaim = "stp_stamp";

    /// <summary>True when the grant was made under the user's current security stamp.</summary>
    public static bool IsCurrent(ClaimsPrincipal granted, PlatformUser user) =>
        user.SecurityStamp is { } stamp && string.Equals(granted.GetClaim(StampClaim), stamp, StringComparison.Ordinal);

    public async Task<ClaimsPrincipal> ForUserAsync(PlatformUser user, ImmutableArray<string> grantedScopes, CancellationToken cancellationToken)
    {
        var unitCode = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Code).SingleAsync(cancellationToken);
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.UserName)
            .SetClaim(PlatformClaims.Unit, unitCode)
            .SetClaim(StampClaim, user.SecurityStamp)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        return await FinishAsync(identity, grantedScopes, cancellationToken);
    }

    public async Task<ClaimsPrincipal> ForClientAsync(string clientId, ImmutableArray<string> grantedScopes, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException("The client has vanished.");
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId);
        if (properties.TryGetValue("unit", out var unit) && unit.ValueKind == JsonValueKind.String)
        {
            identity.SetClaim(PlatformClaims.Unit, unit.GetString());
        }
        if (properties.TryGetValue("roles", out var roles) && roles.ValueKind == JsonValueKind.Array)
        {
            identity.SetClaims(Claims.Role, [.. roles.EnumerateArray().Select(r => r.GetString()!)]);
        }
        return await FinishAsync(identity, grantedScopes, cancellationToken);
    }

    private static ClaimsIdentity NewIdentity() => new(
        OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);

    private async Task<ClaimsPrincipal> FinishAsync(ClaimsIdentity identity, ImmutableArray<string> grantedScopes, CancellationToken cancellationToken)
    {
        identity.SetScopes(grantedScopes);
        var resources = new List<string>();
        await foreach (var resource in scopes.ListResourcesAsync(grantedScopes, cancellationToken))
        {
            resources.Add(resource);
        }
        identity.SetResources(resources);
        identity.SetDestinations(claim => claim.Type switch
        {
            StampClaim => [],
            Claims.Name or Claims.Role or PlatformClaims.Unit when identity.HasScope(Scopes.Profile) =>
                [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
