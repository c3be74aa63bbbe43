using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Documents;

public static class DocumentParents
{
    /// <summary>A document implements documents of this registry, never itself.</summary>
    public static async Task CheckAsync(ProgrammesDbContext db, Guid? self, IReadOnlyList<Guid> parentIds, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(parentIds);
        ArgumentNullException.ThrowIfNull(errors);
        if (parentIds.Count == 0)
        {
            return;
        }
        var known = await db.Documents.CountAsync(d => parentIds.Contains(d.Id), cancellationToken);
        if (known != parentIds.Count || (self is { } id && parentIds.Contains(id)))
        {
            errors.Add("parentIds", "Văn bản căn cứ không có trong sổ đăng ký. / A parent document is not in the registry.");
        }
    }

    /// <summary>Drafts only for the DOST's city-wide roles; issued documents for everyone.</summary>
    public static IQueryable<ProgrammeDocument> VisibleTo(this IQueryable<ProgrammeDocument> documents, CurrentUser user) =>
        (user ?? throw new ArgumentNullException(nameof(user))).SeesEveryUnit ? documents : documents.Where(d => d.Status != DocumentStatus.Draft);
}
