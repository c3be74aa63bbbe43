using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Plans;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Documents;

/// <summary>Strategy → programmes and plans that implement it → each plan's tasks.</summary>
public sealed class TreeModel(ProgrammesDbContext db, CurrentUser user) : PageModel
{
    public const int MaxDocuments = 1000;

    public List<TreeNode> Roots { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().VisibleTo(user)
            .OrderBy(d => d.SignedOn).ThenBy(d => d.Id).Take(MaxDocuments)
            .Select(d => new { d.Id, d.Kind, d.Number, d.Title, d.Status, d.ParentIds })
            .ToListAsync(cancellationToken);
        var planIds = documents.Where(d => d.Kind == ProgrammeDocumentKind.Plan).Select(d => d.Id).ToList();
        var tasks = (await db.AnnexTasks.AsNoTracking().Where(t => planIds.Contains(t.DocumentId) && !t.Cancelled)
            .OrderBy(t => t.Position).ToListAsync(cancellationToken)).ToLookup(t => t.DocumentId);
        var known = documents.Select(d => d.Id).ToHashSet();
        var nodes = documents.ToDictionary(d => d.Id, d => new TreeNode(d.Id, d.Kind, d.Number, d.Title, d.Status, [], [.. tasks[d.Id]]));
        foreach (var d in documents)
        {
            var parents = d.ParentIds.Where(known.Contains).ToList();
            if (parents.Count == 0)
            {
                Roots.Add(nodes[d.Id]);
            }
            // A plan implementing two documents shows under each of them.
            parents.ForEach(p => nodes[p].Children.Add(nodes[d.Id]));
        }
    }
}

public sealed record TreeNode(
    Guid Id, ProgrammeDocumentKind Kind, string Number, string Title, DocumentStatus Status, List<TreeNode> Children, List<AnnexTaskItem> Tasks);
