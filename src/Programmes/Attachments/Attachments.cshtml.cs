using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Attachments;

/// <summary>
/// Uploads and deletes a document's attachments from its page: the same rules as the API. The
/// antiforgery token is checked here, after the form is read under the size cap, because the
/// framework's own check would read the form first with the server's default limits.
/// </summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
[IgnoreAntiforgeryToken]
public sealed class AttachmentsModel(ProgrammesDbContext db, AttachmentStore store, IAntiforgery antiforgery, CurrentUser user, TimeProvider clock)
    : PageModel
{
    public ProgrammeDocument Document { get; private set; } = null!;

    public string MaxSize => AttachmentUpload.MaxSize(store.Options);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <remarks>
    /// No parameters: to bind any, MVC would read the form first with the server's default limits
    /// (a body over Kestrel's 30 MB would fail there), before the cap below applies.
    /// </remarks>
    public async Task<IActionResult> OnPostAsync()
    {
        var id = Guid.Parse(RouteData.Values["id"]?.ToString() ?? string.Empty, CultureInfo.InvariantCulture);
        var cancellationToken = HttpContext.RequestAborted;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var upload = await AttachmentUpload.ReadAsync(Request, store.Options, cancellationToken);
        if (upload.Error is null && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }
        if (upload.Error is not null)
        {
            ModelState.AddModelError(AttachmentUpload.FileField, upload.Error);
            // A 413 rather than the form's usual 200: a client that sent Expect: 100-continue then
            // keeps the body it has not sent yet, instead of pushing it into a closed connection.
            if (upload.Status == StatusCodes.Status413PayloadTooLarge)
            {
                Response.StatusCode = upload.Status;
            }
            return Page();
        }
        var document = await db.Documents.SingleAsync(d => d.Id == id, cancellationToken);
        var attachment = await store.AddAsync(db, document, upload, user.Name, clock.GetUtcNow(), cancellationToken);
        Message = $"Đã đính kèm {attachment.FileName}. / {attachment.FileName} attached.";
        return Redirect($"/programmes/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var attachment = await db.Attachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.DocumentId == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        // Already gone (a second click, another officer): the page shows the list as it is now.
        if (attachment is not null)
        {
            await store.RemoveAsync(db, document, attachment, user.Name, clock.GetUtcNow(), cancellationToken);
            Message = $"Đã xóa {attachment.FileName}. / {attachment.FileName} deleted.";
        }
        return Redirect($"/programmes/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        Document = document!;
        return document is not null;
    }
}
