using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;

namespace StPlatform.Startups.Organisations;

/// <summary>
/// The editor's edit form: the same rules and event as <c>PUT /api/startups/{id}</c>, with the
/// version the form was shown at standing in for If-Match.
/// </summary>
[Authorize(Policy = PlatformPolicies.EditDirectory)]
public sealed class EditModel(StartupsDbContext db, TimeProvider clock) : PageModel
{
    public const string StaleMessage =
        "Thông tin vừa được người khác sửa sau khi bạn mở biểu mẫu; tải lại trang để xem bản mới rồi sửa lại. / Someone changed this entry after you opened the form; reload the page and make your change again.";

    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    [BindProperty(Name = "version")]
    public uint Version { get; set; }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationEdits.FindAsync(db, id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }
        (Id, Name, Version) = (id, organisation.Name, organisation.Version);
        Input = OrganisationForm.From(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationEdits.FindAsync(db, id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }
        (Id, Name) = (id, organisation.Name);
        if (organisation.Version != Version)
        {
            ModelState.AddModelError("version", StaleMessage);
            return Page();
        }
        // The save is checked against the version the form was shown at, not the one just read.
        db.Entry(organisation).Property(o => o.Version).OriginalValue = Version;
        ModelState.AddValidationErrors(OrganisationEdits.Apply(db, organisation, Input.ToRequest(), clock));
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
        Message = $"Đã lưu thông tin {organisation.Name}. / {organisation.Name} saved.";
        return Redirect($"/startups/{id}");
    }
}
