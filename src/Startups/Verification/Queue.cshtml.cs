using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Verification;

/// <summary>The editor's verification queue; each button runs the same handler as its API endpoint.</summary>
[Authorize(Policy = PlatformPolicies.EditDirectory)]
public sealed class QueueModel(StartupsDbContext db, TimeProvider clock, CurrentUser user) : PageModel
{
    public WorkList Work { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    /// <summary>The names of the entries claimed, so that the editor knows what each claim is about.</summary>
    public IReadOnlyDictionary<Guid, string> ClaimedNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Work = (await VerificationApi.GetQueue(db, cancellationToken)).Value!;
        var claimed = Work.Claims.Select(c => c.OrganisationId).Distinct().ToList();
        ClaimedNames = await db.Organisations.Where(o => claimed.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    public async Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await VerificationApi.VerifyOrganisation(id, db, clock, cancellationToken);
        Message = result.Result is Ok<OrganisationResponse> ok
            ? $"Đã xác minh {ok.Value!.Name}. / {ok.Value.Name} verified."
            : "Không xác minh được bản ghi này. / This entry could not be verified.";
        return Redirect("/startups/queue");
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, Guid intoId, CancellationToken cancellationToken)
    {
        var result = await VerificationApi.MergeOrganisation(id, new MergeRequest(intoId), db, clock, cancellationToken);
        Message = result.Result switch
        {
            Ok<OrganisationResponse> ok => $"Đã gộp vào {ok.Value!.Name}. / Merged into {ok.Value.Name}.",
            ProblemHttpResult problem => problem.ProblemDetails.Detail,
            _ => "Không gộp được. / Could not merge.",
        };
        return Redirect("/startups/queue");
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid claimId, bool approve, CancellationToken cancellationToken)
    {
        var result = await VerificationApi.DecideClaim(claimId, new ClaimDecision(approve), db, user, clock, cancellationToken);
        Message = result.Result is Ok<ClaimResponse>
            ? (approve ? "Đã chấp thuận yêu cầu. / Claim approved." : "Đã từ chối yêu cầu. / Claim rejected.")
            : "Yêu cầu này đã được quyết định. / This claim was already decided.";
        return Redirect("/startups/queue");
    }
}
