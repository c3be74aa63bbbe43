using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StPlatform.Identity.Data;
using StPlatform.Identity.Security;
using StPlatform.Identity.Units;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Seeding;

/// <summary>
/// What must exist before anyone can sign in: the city's units, the roles, the scopes and the
/// configured clients; in Development, when asked, one user per role and unit. Safe to run on
/// every start.
/// </summary>
public static class IdentitySeeder
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // No person is behind a start-up: the trail names the system.
        using var system = AuditActor.AsSystem();
        var db = services.GetRequiredService<UsersDbContext>();
        await SeedUnitsAsync(db, services.GetRequiredService<IOptions<CityProfile>>().Value, cancellationToken);
        await SeedRolesAsync(services.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        var settings = services.GetRequiredService<IOptions<IdentityServiceOptions>>().Value;
        await ClientSeeder.SeedAsync(services, settings, cancellationToken);
        if (settings.SeedDevelopmentUsers && services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            await DevelopmentUsers.SeedAsync(services, settings.DevelopmentPassword, cancellationToken);
        }
    }

    private static async Task SeedUnitsAsync(UsersDbContext db, CityProfile city, CancellationToken cancellationToken)
    {
        // Reference data: no event is published for it. A unit already registered keeps its name,
        // which the administrator may have changed (publishing UnitRenamed) since the first start.
        var existing = await db.Units.Select(u => u.Code).ToHashSetAsync(cancellationToken);
        foreach (var unit in city.Units.Where(u => !existing.Contains(u.Code)))
        {
            db.Units.Add(new Unit { Code = unit.Code, Name = unit.Name, NameEn = unit.NameEn, Kind = unit.Kind });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in PlatformRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                ThrowOnError(await roles.CreateAsync(new IdentityRole<Guid>(role)));
            }
        }
    }

    internal static void ThrowOnError(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}")));
        }
    }
}
