using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Startups.Data;

namespace StPlatform.Startups.Verification;

/// <summary>A claim's status page: where the claim stands and what happens next, as <c>GET /api/startups/claims/{id}</c>.</summary>
[AllowAnonymous]
public sealed class ClaimStatusModel(StartupsDbContext db) : PageModel
{
    public ClaimStatusResponse Status { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid claimId, CancellationToken cancellationToken)
    {
        var status = await ClaimStatusResponse.FindAsync(db, claimId, cancellationToken);
        if (status is null)
        {
            return NotFound();
        }
        Status = status;
        return Page();
    }
}
