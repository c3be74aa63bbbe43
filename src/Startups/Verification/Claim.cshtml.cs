using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults;
using StPlatform.Startups.Data;

namespace StPlatform.Startups.Verification;

/// <summary>The public claim form of an entry: the same rules as <c>POST /api/startups/{id}/claims</c>.</summary>
[AllowAnonymous]
public sealed class ClaimModel(StartupsDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ClaimForm Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await SubmissionApi.ClaimOrganisation(id, Input.ToRequest(), db, clock, cancellationToken);
        switch (result.Result)
        {
            case Accepted<ClaimResponse>:
                Message = "Đã nhận yêu cầu; Sở KH&CN sẽ liên hệ qua email. / Claim received; the DOST will reply by email.";
                return Redirect($"/startups/{id}");
            case ValidationProblem problem:
                foreach (var (field, messages) in problem.ProblemDetails.Errors)
                {
                    foreach (var message in messages)
                    {
                        ModelState.AddModelError(field, message);
                    }
                }
                return Page();
            default:
                return NotFound();
        }
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
