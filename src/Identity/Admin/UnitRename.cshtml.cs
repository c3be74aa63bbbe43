using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Identity.Data;
using StPlatform.Identity.Units;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Admin;

/// <summary>
/// Renames a unit. Its code, which other services key on, stays; <c>UnitRenamed</c>, with both
/// names old and new, goes out with the change when either name changes. The version
/// the form was opened at must still be the unit's, so a stale form never overwrites a newer name.
/// </summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class UnitRenameModel(UsersDbContext db, TimeProvider clock) : PageModel
{
    public const string StaleMessage = "Đơn vị vừa được người khác đổi tên; hãy xem tên hiện tại rồi đổi lại nếu cần. "
        + "/ Someone else renamed this unit after you opened the form; check the current name, then rename again if needed.";

    public Unit? Unit { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? NameEn { get; set; }

    [BindProperty(Name = "version")]
    public uint Version { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (Unit is null)
        {
            return NotFound();
        }
        Name = Unit.Name;
        NameEn = Unit.NameEn;
        Version = Unit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        Unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (Unit is null)
        {
            return NotFound();
        }
        var errors = new ValidationErrors();
        var name = UnitRules.Name(Name, errors);
        var nameEn = UnitRules.NameEn(NameEn, errors);
        var id = Unit.Id;
        if (errors.IsValid && (await db.Units.Where(u => u.Id != id).Select(u => u.Name).ToListAsync(cancellationToken))
                .Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add("name", UnitRules.DuplicateNameMessage(name));
        }
        if (Unit.Version != Version)
        {
            errors.Add("version", StaleMessage);
            // The form now shows the current name: a second submit is a decision made knowing it.
            Version = Unit.Version;
        }
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (oldName, oldNameEn) = (Unit.Name, Unit.NameEn);
        Unit.Name = name;
        Unit.NameEn = nameEn;
        if (!string.Equals(oldName, name, StringComparison.Ordinal) || !string.Equals(oldNameEn, nameEn, StringComparison.Ordinal))
        {
            db.PublishLater(UnitEvents.Renamed(Unit, oldName, oldNameEn, clock.GetUtcNow()));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Renamed by someone else between the check above and this save.
            await db.Entry(Unit).ReloadAsync(cancellationToken);
            Version = Unit.Version;
            ModelState.AddModelError("version", StaleMessage);
            return Page();
        }
        Message = $"Đã đổi tên đơn vị {Unit.Code} thành {name}. / Unit {Unit.Code} renamed to {name}.";
        return Redirect("/identity/admin/units");
    }
}
