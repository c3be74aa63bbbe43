using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Committees;

/// <summary>
/// Adds a steering committee member: the same rules as <c>POST /api/programmes/{id}/committee</c>.
/// The document page carries this form; a form with mistakes comes back here with each field marked.
/// </summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
public sealed class NewMemberModel(ProgrammesDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    /// <summary>A new member is an ordinary member unless the officer says otherwise.</summary>
    public static CommitteeMemberRequest Blank { get; } = new(null, null, null, ValidationErrors.JsonName(CommitteeRole.Member), null);

    [BindProperty]
    public CommitteeMemberRequest Input { get; set; } = Blank;

    public ProgrammeDocument Document { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        Document = document;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        Document = document;
        var errors = new ValidationErrors();
        var member = Input.ToMember(id, errors);
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        CommitteeEditing.Add(db, document, member, user.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Đã thêm {member.Name} vào ban chỉ đạo. / {member.Name} added to the steering committee.";
        return Redirect($"/programmes/{id}");
    }
}
