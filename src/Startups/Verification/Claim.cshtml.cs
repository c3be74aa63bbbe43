using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Verification;

/// <summary>
/// The public claim form of an entry: the same rules as <c>POST /api/startups/{id}/claims</c>. A
/// claim sent leads to its status page, which tells the claimant what happens next.
/// </summary>
[AllowAnonymous]
public sealed class ClaimModel(StartupsDbContext db, TimeProvider clock, CurrentUser user) : PageModel
{
    [BindProperty]
    public ClaimForm Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string OrganisationName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var result = await SubmissionApi.ClaimOrganisation(id, Input.ToRequest(), db, clock, cancellationToken);
        if (result.Result is Accepted<ClaimResponse> accepted)
        {
            return Redirect($"/startups/claims/{accepted.Value!.Id}");
        }
        return ModelState.AddApiErrors(result.Result) ? Page() : NotFound();
    }

    // Only an entry the visitor can see is offered for a claim.
    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await db.FindVisibleAsync(id, user, cancellationToken);
        (Id, OrganisationName) = (id, organisation?.Name ?? string.Empty);
        return organisation is not null;
    }
}

public sealed class ClaimForm
{
    public string? ClaimantName { get; set; }
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Evidence { get; set; }

    public ClaimRequest ToRequest() => new(ClaimantName, Position, Email, Phone, Evidence);
}
