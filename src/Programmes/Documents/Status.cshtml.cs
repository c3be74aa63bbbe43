using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Documents;

/// <summary>
/// Records a mid-term or final review, an expiry or a replacement: the rules of
/// <c>POST /api/programmes/{id}/status</c>, with the version the form was shown at standing in for If-Match.
/// </summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
public sealed class StatusModel(ProgrammesDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    private const string StaleMessage = "Văn bản vừa được người khác sửa; tải lại trang. / Someone else changed the document; reload the page.";

    [BindProperty]
    public StatusChangeRequest Input { get; set; } = new(null, null);

    [BindProperty(Name = "version")]
    public uint Version { get; set; }

    public ProgrammeDocument Document { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } document)
        {
            return NotFound();
        }
        (Document, Version) = (document, document.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } document)
        {
            return NotFound();
        }
        Document = document;
        var errors = new ValidationErrors();
        if (document.Version != Version)
        {
            errors.Add("version", StaleMessage);
        }
        else
        {
            StatusChange.Apply(document, Input, errors, user.Name, clock.GetUtcNow());
        }
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("version", StaleMessage);
            return Page();
        }
        Message = $"Đã chuyển {document.Number} sang {DocumentStatusRules.Vietnamese(document.Status)}. / {document.Number} is now {DocumentStatusRules.English(document.Status)}.";
        return Redirect($"/programmes/{id}");
    }
}
