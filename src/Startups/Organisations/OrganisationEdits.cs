using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.Startups.Data;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups.Organisations;

/// <summary>An edit of an organisation's details: the same for <c>PUT /api/startups/{id}</c> and the editor's form.</summary>
public static class OrganisationEdits
{
    public static Task<Organisation?> FindAsync(StartupsDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Organisations.Include(o => o.Certificates).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>
    /// Copies <paramref name="request"/> onto <paramref name="organisation"/>; when it is valid the
    /// change is counted and its <c>OrganisationUpdated</c> queued in the outbox for the next save.
    /// </summary>
    public static ValidationErrors Apply(StartupsDbContext db, Organisation organisation, OrganisationInput request, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        request.ApplyTo(organisation, errors, CityTime.Today(clock));
        if (!errors.IsValid)
        {
            return errors;
        }
        var now = clock.GetUtcNow();
        if (organisation.Edited(now) == Change.Updated)
        {
            db.PublishLater(OrganisationEvents.Updated(organisation, now));
        }
        return errors;
    }
}
