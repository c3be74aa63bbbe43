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

/// <summary>The administrator's list of units (with how many users each has) and the form that registers one.</summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class UnitsModel(UsersDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(string Code, string Name, string? NameEn, string Kind, int Users);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? NameEn { get; set; }

    [BindProperty]
    public string? Kind { get; set; } = UnitKinds.Department;

    [TempData]
    public string? Message { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var unit = new Unit
        {
            Code = UnitRules.Code(Code, errors),
            Name = UnitRules.Name(Name, errors),
            NameEn = UnitRules.NameEn(NameEn, errors),
            Kind = UnitRules.Kind(Kind, errors),
        };
        await CheckUniqueAsync(unit, errors, cancellationToken);
        ModelState.AddValidationErrors(errors);
        if (ModelState.IsValid)
        {
            db.Units.Add(unit);
            db.PublishLater(UnitEvents.Registered(unit, clock.GetUtcNow()));
            if (await db.TrySaveUniqueAsync(cancellationToken))
            {
                Message = $"Đã đăng ký đơn vị {unit.Name} ({unit.Code}). / Unit {unit.Code} registered.";
                return RedirectToPage();
            }
            // Another administrator registered the same code a moment ago.
            ModelState.AddModelError("code", UnitRules.DuplicateCodeMessage(unit.Code));
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Each field that is well formed is also checked against the units already registered.</summary>
    private async Task CheckUniqueAsync(Unit unit, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var invalid = errors.ToDictionary();
        if (!invalid.ContainsKey("code") && await db.Units.AnyAsync(u => u.Code == unit.Code, cancellationToken))
        {
            errors.Add("code", UnitRules.DuplicateCodeMessage(unit.Code));
        }
        if (!invalid.ContainsKey("name")
            && (await db.Units.Select(u => u.Name).ToListAsync(cancellationToken)).Contains(unit.Name, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add("name", UnitRules.DuplicateNameMessage(unit.Name));
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Rows = await db.Units.AsNoTracking().OrderBy(u => u.Code)
            .Select(u => new Row(u.Code, u.Name, u.NameEn, u.Kind, db.Users.Count(p => p.UnitId == u.Id)))
            .ToListAsync(cancellationToken);
}
