using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Documents;

/// <summary>
/// Corrects a draft or amends an issued document: the same rules as <c>PUT /api/programmes/{id}</c>,
/// with the version the form was shown at standing in for If-Match.
/// </summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
public sealed class EditModel(ProgrammesDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProgrammeDocumentRequest Input { get; set; } = new(null, null, null, null, null, null, null);

    [BindProperty(Name = "specificObjectivesText")]
    public string? SpecificObjectivesText { get; set; }

    [BindProperty(Name = "version")]
    public uint Version { get; set; }

    public ProgrammeDocument Document { get; private set; } = null!;

    public List<ParentOption> Parents { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var d = Document;
        Input = new ProgrammeDocumentRequest(ValidationErrors.JsonName(d.Kind), d.Number, d.Title, d.Issuer, d.SignedOn, d.PeriodStartYear,
            d.PeriodEndYear, d.Signer, d.EffectiveOn, d.VisionYear, d.ParentIds, d.GeneralObjective, d.SpecificObjectives, d.LeadUnitCode);
        SpecificObjectivesText = string.Join('\n', d.SpecificObjectives);
        Version = d.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var document = await db.Documents.Include(d => d.AnnexTasks).SingleAsync(d => d.Id == id, cancellationToken);
        var errors = new ValidationErrors();
        var fields = (Input with { SpecificObjectives = DocumentForm.Lines(SpecificObjectivesText) }).ToFields(errors);
        var reason = errors.OptionalText("reason", Input.Reason, History.DocumentHistoryEntry.ReasonMaxLength);
        if (document.Status.IsInForce() && reason is null)
        {
            errors.Add("reason", "Cần nêu lý do sửa đổi. / An amendment needs a reason.");
        }
        if (document.Status != DocumentStatus.Draft && fields.Kind != document.Kind)
        {
            errors.Add("kind", "Không đổi loại văn bản đã ban hành. / An issued document keeps its kind.");
        }
        if (document.Version != Version)
        {
            errors.Add("version", "Văn bản vừa được người khác sửa; tải lại trang. / Someone else changed the document; reload the page.");
        }
        await DocumentParents.CheckAsync(db, id, fields.ParentIds, errors, cancellationToken);
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        DocumentAmendments.Record(db, document, document.Apply(fields), Plans.AnnexChanges.None, reason, user.Name, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("version", "Văn bản vừa được người khác sửa; tải lại trang. / Someone else changed the document; reload the page.");
            return Page();
        }
        Message = $"Đã lưu {document.Number}. / {document.Number} saved.";
        return Redirect($"/programmes/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return false;
        }
        Document = document;
        Parents = await ParentOption.LoadAsync(db, id, cancellationToken);
        return true;
    }
}
