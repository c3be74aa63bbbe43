using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups.Organisations;

/// <summary>The editor's entry form: the same request and rules as <c>POST /api/startups</c>.</summary>
[Authorize(Policy = PlatformPolicies.EditDirectory)]
public sealed class NewModel(StartupsDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var organisation = Input.ToRequest().ToOrganisation(errors, CityTime.Today(clock));
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow();
        organisation.State = VerificationState.Submitted;
        organisation.Verify(now);
        organisation.PossibleDuplicateOfId = await db.FindNameTwinAsync(organisation, cancellationToken);
        db.Organisations.Add(organisation);
        db.PublishLater(OrganisationEvents.Registered(organisation, now));
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            ModelState.AddModelError("taxCode", TaxCodes.DuplicateMessage(organisation.TaxCode));
            return Page();
        }
        Message = $"Đã thêm {organisation.Name} vào danh bạ. / {organisation.Name} added to the directory.";
        return Redirect("/startups");
    }
}
