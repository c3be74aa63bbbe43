using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Directory;

public static class Profiles
{
    /// <summary>
    /// One organisation with its certificates, support and rounds, or null when there is none the
    /// caller may see: anyone sees a listed entry, only directory editors the others.
    /// </summary>
    public static async Task<Organisation?> FindVisibleAsync(this StartupsDbContext db, Guid id, CurrentUser user, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations
            .Include(o => o.Certificates).Include(o => o.Support).Include(o => o.FundingRounds)
            .AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return organisation is not null && (IsEditor(user) || (organisation.IsPublic && organisation.IsInDirectory))
            ? organisation
            : null;
    }

    public static bool IsEditor(CurrentUser user) =>
        user.IsInRole(PlatformRoles.DirectoryEditor) || user.IsInRole(PlatformRoles.Administrator);
}
