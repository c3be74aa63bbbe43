using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.Programmes.Attachments;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.History;
using StPlatform.Programmes.Indicators;
using StPlatform.Programmes.Measures;
using StPlatform.Programmes.Plans;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Documents;

/// <summary>A document's page: its fields, objectives, indicators with charts, progress, annex, committee, attachments and history.</summary>
public sealed class DetailsModel(ProgrammesDbContext db, AttachmentStore attachments, CurrentUser user, TimeProvider clock) : PageModel
{
    public ProgrammeDocument Document { get; private set; } = null!;

    public List<ParentOption> Parents { get; private set; } = [];

    public List<ParentOption> Children { get; private set; } = [];

    public List<IndicatorReport> Indicators { get; private set; } = [];

    public PlanProgress? Progress { get; private set; }

    public List<AnnexTaskItem> Tasks { get; private set; } = [];

    public List<DocumentHistoryEntry> History { get; private set; } = [];

    public List<Committees.CommitteeMember> Committee { get; private set; } = [];

    public List<AttachmentResponse> Attachments { get; private set; } = [];

    public string MaxAttachmentSize => AttachmentUpload.MaxSize(attachments.Options);

    public bool CanManage => user.IsInRole(PlatformRoles.ProgrammeManager) || user.IsInRole(PlatformRoles.Administrator);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostIssueAsync(Guid id, uint version, CancellationToken cancellationToken)
    {
        // Razor Pages take no policy per handler: the page is public to read, issuing is not.
        if (!CanManage)
        {
            return user.IsAuthenticated ? Forbid() : Challenge();
        }
        var document = await db.Documents.Include(d => d.AnnexTasks).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        if (document.Version != version || document.Status != DocumentStatus.Draft)
        {
            Message = "Văn bản đã thay đổi hoặc đã ban hành; xem lại rồi thử lại. / The document changed or was already issued; review it and try again.";
            return Redirect($"/programmes/{id}");
        }
        var at = clock.GetUtcNow();
        document.Status = DocumentStatus.Issued;
        document.Record(HistoryAction.Issued, user.Name, at);
        if (document.Kind == ProgrammeDocumentKind.Plan)
        {
            db.PublishLater(PlanEvents.Issued(document, at));
        }
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Đã ban hành {document.Number}. / {document.Number} issued.";
        return Redirect($"/programmes/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return false;
        }
        Document = document;
        Parents = await db.Documents.VisibleTo(user).Where(d => document.ParentIds.Contains(d.Id))
            .Select(d => new ParentOption(d.Id, d.Number, d.Title)).ToListAsync(cancellationToken);
        Children = await db.Documents.VisibleTo(user).Where(d => d.ParentIds.Contains(id)).OrderBy(d => d.SignedOn)
            .Select(d => new ParentOption(d.Id, d.Number, d.Title)).ToListAsync(cancellationToken);
        Indicators = await IndicatorReport.LoadAsync(db, id, clock, cancellationToken);
        Committee = await Committees.CommitteeMemberResponse.LoadMembersAsync(db, id, cancellationToken);
        Attachments = await AttachmentResponse.ListAsync(db, id, cancellationToken);
        History = await db.History.AsNoTracking().Where(h => h.DocumentId == id).OrderBy(h => h.At).ThenBy(h => h.Id).ToListAsync(cancellationToken);
        if (document.Kind == ProgrammeDocumentKind.Plan)
        {
            Tasks = await db.AnnexTasks.AsNoTracking().Where(t => t.DocumentId == id && !t.Cancelled).OrderBy(t => t.Position).ToListAsync(cancellationToken);
            Progress = PlanProgress.From(await db.Facts.AsNoTracking().Where(f => f.PlanId == id).ToListAsync(cancellationToken));
        }
        return true;
    }
}
