using MassTransit;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Startups;
using StPlatform.IntellectualProperty.Data;
using StPlatform.Messaging.Inbox;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Owners;

/// <summary>
/// Keeps the owner look-up in step with the directory. A registration counts as version 0, so an
/// update that overtook it is not undone; an older update arriving late changes nothing.
/// </summary>
internal static class OrganisationLookup
{
    public static async Task ApplyAsync(IpDbContext db, Guid organisationId, int version, string? taxCode, string name, string? nameEn, CancellationToken cancellationToken)
    {
        if (!TaxCode.IsWellFormed(taxCode))
        {
            // Without a tax code (or with a malformed one) no asset can name the organisation.
            return;
        }
        // One conditional UPDATE: two versions applied at once serialise on the row, and the
        // second re-reads it, so an older version can never overwrite a newer one that won the race.
        var updated = await db.Organisations
            .Where(o => o.OrganisationId == organisationId && o.DirectoryVersion < version)
            .ExecuteUpdateAsync(set => set
                .SetProperty(o => o.TaxCode, taxCode!)
                .SetProperty(o => o.Name, name)
                .SetProperty(o => o.NameEn, nameEn)
                .SetProperty(o => o.DirectoryVersion, version), cancellationToken);
        if (updated == 0 && !await db.Organisations.AnyAsync(o => o.OrganisationId == organisationId, cancellationToken))
        {
            // Two first copies inserting at once: the loser fails on the key and is retried as an update.
            db.Organisations.Add(new KnownOrganisation { OrganisationId = organisationId, TaxCode = taxCode!, Name = name, NameEn = nameEn, DirectoryVersion = version });
        }
    }
}

public sealed class OrganisationRegisteredConsumer(IpDbContext db) : InboxConsumer<OrganisationRegistered, IpDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<OrganisationRegistered> context)
    {
        var e = context.Message;
        return OrganisationLookup.ApplyAsync(Db, e.OrganisationId, 0, e.TaxCode, e.Name, e.NameEn, context.CancellationToken);
    }
}

public sealed class OrganisationUpdatedConsumer(IpDbContext db) : InboxConsumer<OrganisationUpdated, IpDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<OrganisationUpdated> context)
    {
        var e = context.Message;
        return OrganisationLookup.ApplyAsync(Db, e.OrganisationId, e.Version, e.TaxCode, e.Name, e.NameEn, context.CancellationToken);
    }
}
