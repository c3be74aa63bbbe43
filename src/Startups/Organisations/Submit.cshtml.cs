using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups.Organisations;

/// <summary>The public self-submission form: the same rules as <c>POST /api/startups/submissions</c>.</summary>
[AllowAnonymous]
public sealed class SubmitModel(StartupsDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    /// <summary>The listed entry that already has the tax code sent: the submitter is offered its claim form.</summary>
    public Guid? ClaimableId { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var organisation = Input.ToRequest().ToOrganisation(errors, CityTime.Today(clock));
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        organisation.State = VerificationState.Submitted;
        organisation.LastUpdatedAt = clock.GetUtcNow();
        organisation.PossibleDuplicateOfId = await db.FindNameTwinAsync(organisation, cancellationToken);
        db.Organisations.Add(organisation);
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            ModelState.AddModelError("taxCode", TaxCodes.DuplicateMessage(organisation.TaxCode));
            ClaimableId = await DirectoryQuery.Listed(db.Organisations.AsNoTracking())
                .Where(o => o.TaxCode == organisation.TaxCode).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken);
            return Page();
        }
        Message = $"Đã nhận đăng ký của {organisation.Name}; Sở KH&CN sẽ xác minh trước khi hiển thị. / {organisation.Name} was received and will be listed once verified.";
        return Redirect("/startups");
    }
}
