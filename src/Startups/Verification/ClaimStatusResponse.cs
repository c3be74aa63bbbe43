using Microsoft.EntityFrameworkCore;
using StPlatform.Startups.Data;

namespace StPlatform.Startups.Verification;

/// <summary>
/// What a claimant reads at the address they were given when they sent their claim: the entry and
/// the decision, none of anyone's personal details (the address is all it takes to read it).
/// </summary>
public sealed record ClaimStatusResponse(Guid Id, Guid OrganisationId, string OrganisationName, ClaimState State, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt)
{
    public static Task<ClaimStatusResponse?> FindAsync(StartupsDbContext db, Guid claimId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Claims.Where(c => c.Id == claimId)
            .Join(db.Organisations, c => c.OrganisationId, o => o.Id,
                (c, o) => new ClaimStatusResponse(c.Id, o.Id, o.Name, c.State, c.SubmittedAt, c.DecidedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
