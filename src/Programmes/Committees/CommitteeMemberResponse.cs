using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;

namespace StPlatform.Programmes.Committees;

public sealed record CommitteeMemberResponse(Guid Id, string Name, string Position, string Organisation, CommitteeRole Role, DateOnly TermStart, DateOnly? TermEnd)
{
    public static CommitteeMemberResponse From(CommitteeMember m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.Name, m.Position, m.Organisation, m.Role, m.TermStart, m.TermEnd);
    }

    public static async Task<List<CommitteeMemberResponse>> ListAsync(ProgrammesDbContext db, Guid documentId, CancellationToken cancellationToken) =>
        [.. (await LoadMembersAsync(db, documentId, cancellationToken)).Select(From)];

    /// <summary>The members in the committee's reading order: head first, then by term and name.</summary>
    public static async Task<List<CommitteeMember>> LoadMembersAsync(ProgrammesDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var members = await db.Set<CommitteeMember>().AsNoTracking().Where(m => m.DocumentId == documentId).ToListAsync(cancellationToken);
        // Roles are stored by name; the head comes first by the enum's order, not the alphabet's.
        return [.. members.OrderBy(m => m.Role).ThenBy(m => m.TermStart).ThenBy(m => m.Name, StringComparer.Ordinal)];
    }
}
