using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Assets;

public static class IpAssetQueries
{
    /// <summary>The registry's reading order, shared by the API and the page: latest filed first.</summary>
    public static Task<PagedList<IpAssetSummary>> ToLatestFiledPageAsync(
        this IQueryable<IpAsset> assets, PageRequest page, CancellationToken cancellationToken) =>
        assets
            .OrderByDescending(a => a.FiledOn).ThenBy(a => a.ApplicationNumber)
            .Select(IpAssetSummary.FromAsset)
            .ToPagedListAsync(page, cancellationToken);

    /// <summary>
    /// The IP office's own staff (and administrators): the only callers who read applications before
    /// publication. Signing in is not enough; another unit's officer or the city's leadership reads
    /// what the public reads.
    /// </summary>
    public static bool ReadsUnpublished(this CurrentUser user) =>
        user.IsInRole(PlatformRoles.IpOfficer) || user.IsInRole(PlatformRoles.Administrator);

    /// <summary>
    /// What the public may read: an application once it is published or decided (IP Law art. 110:
    /// applications are confidential until publication). Officers read everything.
    /// </summary>
    public static IQueryable<IpAsset> VisibleTo(this IQueryable<IpAsset> assets, bool isOfficer) =>
        isOfficer ? assets : assets.Where(a => a.PublishedOn != null || a.GrantedOn != null || a.Status == IpStatus.Refused);

    public static Task<IpAsset?> FindWithHistoryAsync(this IpDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Assets.Include(a => a.Owners).Include(a => a.Events).AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>The directory's organisation ids for the owners' tax codes of the given assets.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> OrganisationsOfAsync(
        this IpDbContext db, IEnumerable<IpAsset> assets, CancellationToken cancellationToken)
    {
        var codes = assets.SelectMany(a => a.Owners).Select(o => o.TaxCode).OfType<string>().Distinct().ToList();
        var known = await db.Organisations.Where(o => codes.Contains(o.TaxCode)).Select(o => new { o.TaxCode, o.OrganisationId }).ToListAsync(cancellationToken);
        return known.DistinctBy(o => o.TaxCode).ToDictionary(o => o.TaxCode, o => o.OrganisationId, StringComparer.Ordinal);
    }
}
