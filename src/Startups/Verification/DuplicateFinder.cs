using Microsoft.EntityFrameworkCore;
using StPlatform.Startups.Data;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Verification;

/// <summary>
/// Finds the entry a new one most likely duplicates by name. PostgreSQL's trigram index narrows
/// the candidates (pg_trgm's loose default threshold); <see cref="OrganisationNames"/> decides.
/// The columns are named as the snake-case convention maps <see cref="Candidate"/>'s properties.
/// </summary>
public static class DuplicateFinder
{
    public static async Task<Guid?> FindNameTwinAsync(this StartupsDbContext db, Organisation organisation, CancellationToken cancellationToken)
    {
        var folded = organisation.FoldedName;
        var candidates = await db.Database.SqlQuery<Candidate>(
                $"""SELECT id, folded_name FROM organisations WHERE folded_name % {folded} AND id <> {organisation.Id} AND state <> 'Merged' LIMIT 50""")
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => (c.Id, Similarity: OrganisationNames.Similarity(c.FoldedName, folded)))
            .Where(c => c.Similarity >= OrganisationNames.NearIdenticalSimilarity)
            .OrderByDescending(c => c.Similarity)
            .Select(c => (Guid?)c.Id)
            .FirstOrDefault();
    }

    private sealed record Candidate(Guid Id, string FoldedName);
}
