using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.History;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Documents;

/// <summary>The registry's entry form: the same request and rules as <c>POST /api/programmes</c>.</summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
public sealed class NewModel(ProgrammesDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProgrammeDocumentRequest Input { get; set; } = new(null, null, null, null, null, null, null);

    /// <summary>Specific objectives, one per line.</summary>
    [BindProperty(Name = "specificObjectivesText")]
    public string? SpecificObjectivesText { get; set; }

    public List<ParentOption> Parents { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Parents = await ParentOption.LoadAsync(db, null, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var fields = (Input with { SpecificObjectives = DocumentForm.Lines(SpecificObjectivesText) }).ToFields(errors);
        await DocumentParents.CheckAsync(db, null, fields.ParentIds, errors, cancellationToken);
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            Parents = await ParentOption.LoadAsync(db, null, cancellationToken);
            return Page();
        }
        var document = DocumentEditing.Create(fields);
        document.Record(HistoryAction.Registered, user.Name, clock.GetUtcNow());
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Đã thêm văn bản {document.Number}. / Document {document.Number} added.";
        return Redirect($"/programmes/{document.Id}");
    }
}

/// <summary>A document another can implement, as the forms offer it.</summary>
public sealed record ParentOption(Guid Id, string Number, string Title)
{
    public static Task<List<ParentOption>> LoadAsync(ProgrammesDbContext db, Guid? except, CancellationToken cancellationToken) =>
        (db ?? throw new ArgumentNullException(nameof(db))).Documents
            .Where(d => d.Kind != ProgrammeDocumentKind.Plan && d.Id != except)
            .OrderByDescending(d => d.SignedOn).Take(200)
            .Select(d => new ParentOption(d.Id, d.Number, d.Title))
            .ToListAsync(cancellationToken);
}

public static class DocumentForm
{
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
