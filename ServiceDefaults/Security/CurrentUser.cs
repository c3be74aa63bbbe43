using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace StPlatform.ServiceDefaults.Security;

/// <summary>
/// The caller as the access token describes them, and the object-level check every service uses:
/// a unit's records belong to that unit; the DOST's cross-cutting roles see every unit's.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    /// <summary>Roles that read every unit's records (the DOST's office and managers, the city's leadership).</summary>
    public static readonly IReadOnlyList<string> CityWideReaders =
        [PlatformRoles.Administrator, PlatformRoles.ProgrammeManager, PlatformRoles.TaskOffice, PlatformRoles.Viewer];

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    /// <summary>The subject (a user id, or a machine client's id); "anonymous" when none.</summary>
    public string Id => Principal.FindFirst(PlatformClaims.Subject)?.Value ?? "anonymous";

    public string Name => Principal.FindFirst(PlatformClaims.Name)?.Value ?? Id;

    public string? UnitCode => Principal.FindFirst(PlatformClaims.Unit)?.Value;

    public bool IsInRole(string role) => Principal.IsInRole(role);

    public bool SeesEveryUnit => CityWideReaders.Any(Principal.IsInRole);

    /// <summary>True when the record, owned by <paramref name="unitCodes"/>, is this caller's to read.</summary>
    public bool CanRead(IEnumerable<string> unitCodes) =>
        SeesEveryUnit || (UnitCode is { } unit && unitCodes.Contains(unit, StringComparer.Ordinal));

    /// <summary>True when the caller's unit is <paramref name="ownerUnitCode"/> (administrators act for any unit).</summary>
    public bool Owns(string ownerUnitCode) =>
        IsInRole(PlatformRoles.Administrator) || string.Equals(UnitCode, ownerUnitCode, StringComparison.Ordinal);
}
