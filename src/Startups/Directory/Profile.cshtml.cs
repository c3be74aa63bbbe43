using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups.Directory;

/// <summary>An organisation's public profile: the same data and the same visibility as <c>GET /api/startups/{id}</c>.</summary>
public sealed class ProfileModel(StartupsDbContext db, CurrentUser user) : PageModel
{
    public ProfileResponse Profile { get; private set; } = null!;

    public bool IsEditor => Profiles.IsEditor(user);

    /// <summary>For editors: the claim that made the organisation manage its entry, the latest approved.</summary>
    public Claim? Representative { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await db.FindVisibleAsync(id, user, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }
        Profile = await ProfileResponse.LoadAsync(db, organisation, cancellationToken);
        if (IsEditor && organisation.ClaimedAt is not null)
        {
            Representative = await db.Claims.AsNoTracking()
                .Where(c => c.OrganisationId == id && c.State == ClaimState.Approved)
                .OrderByDescending(c => c.DecidedAt).FirstOrDefaultAsync(cancellationToken);
        }
        return Page();
    }
}
