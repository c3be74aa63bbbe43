using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StPlatform.Identity.Account;
using StPlatform.Identity.Data;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Seeding;

/// <summary>
/// Development only (README, "Trying it out"): a user for each DOST role in the DOST's own unit,
/// and an officer for every unit (<c>officer.stc</c>, <c>officer.ubnd-hb</c>), so that a person
/// can try every view of the platform at once.
/// </summary>
public static class DevelopmentUsers
{
    public const string DostUnitCode = "SKHCN";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role)> DostUsers =
    [
        ("admin", "Quản trị nền tảng", PlatformRoles.Administrator),
        ("programmes", "Cán bộ quản lý chương trình", PlatformRoles.ProgrammeManager),
        ("taskoffice", "Văn phòng theo dõi nhiệm vụ", PlatformRoles.TaskOffice),
        ("ipofficer", "Cán bộ sở hữu trí tuệ", PlatformRoles.IpOfficer),
        ("directory", "Biên tập danh bạ khởi nghiệp", PlatformRoles.DirectoryEditor),
        ("viewer", "Lãnh đạo UBND (xem)", PlatformRoles.Viewer),
    ];

    public static string OfficerUserName(string unitCode) => $"officer.{unitCode.ToLowerInvariant()}";

    public static async Task SeedAsync(IServiceProvider services, string password, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<PlatformUser>>();
        var units = await services.GetRequiredService<UsersDbContext>().Units.AsNoTracking().ToListAsync(cancellationToken);
        var dost = units.SingleOrDefault(u => u.Code == DostUnitCode) ?? units.FirstOrDefault();
        if (dost is null)
        {
            return;
        }
        foreach (var (userName, displayName, role) in DostUsers)
        {
            await EnsureAsync(users, userName, displayName, dost.Id, role, password);
        }
        foreach (var unit in units)
        {
            await EnsureAsync(users, OfficerUserName(unit.Code), $"Cán bộ {unit.Name}", unit.Id, PlatformRoles.UnitOfficer, password);
        }
    }

    private static async Task EnsureAsync(
        UserManager<PlatformUser> users, string userName, string displayName, Guid unitId, string role, string password)
    {
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }
        var user = new PlatformUser { UserName = userName, DisplayName = displayName, UnitId = unitId, EmailConfirmed = true };
        IdentitySeeder.ThrowOnError(await users.CreateAsync(user, password));
        IdentitySeeder.ThrowOnError(await users.AddToRoleAsync(user, role));
    }
}
