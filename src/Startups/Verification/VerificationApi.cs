using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Verification;

/// <summary>The editor's side: the queue of submissions, claims and possible duplicates, and the decisions on them.</summary>
public static class VerificationApi
{
    public static IEndpointRouteBuilder MapVerificationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(OrganisationApi.Prefix).WithTags("Verification").RequireAuthorization(PlatformPolicies.EditDirectory);
        group.MapGet("/queue", GetQueue)
            .WithName(nameof(GetQueue))
            .WithSummary("The editor's queue: entries awaiting verification, open claims, entries flagged as possible duplicates, then entries not updated for long (stale).");
        group.MapPost("/{id:guid}/verification", VerifyOrganisation)
            .WithName(nameof(VerifyOrganisation))
            .WithSummary("Verifies a submitted (or stale) entry: it joins the directory and is announced.");
        group.MapPost("/{id:guid}/merge", MergeOrganisation)
            .WithName(nameof(MergeOrganisation))
            .WithSummary("Merges a duplicate entry into another: support and funding rounds move, the duplicate is kept as merged.");
        group.MapPost("/claims/{claimId:guid}/decision", DecideClaim)
            .WithName(nameof(DecideClaim))
            .WithSummary("Approves or rejects a claim; an approved claimant becomes the entry's contact.");
        return app;
    }

    public static async Task<Ok<WorkList>> GetQueue(StartupsDbContext db, CancellationToken cancellationToken)
    {
        var pending = await db.Organisations
            .Where(o => o.State == VerificationState.Submitted || o.State == VerificationState.PendingVerification
                || (o.PossibleDuplicateOfId != null && o.State != VerificationState.Merged)
                || o.State == VerificationState.Stale)
            // Entries not updated for long come after the submissions, which wait for a first decision.
            .OrderBy(o => o.State == VerificationState.Stale).ThenBy(o => o.LastUpdatedAt).ThenBy(o => o.Id)
            .Take(PageRequest.MaxPageSize)
            .Select(OrganisationResponse.FromOrganisation)
            .ToListAsync(cancellationToken);
        var claims = await db.Claims.Where(c => c.State == ClaimState.Pending)
            .OrderBy(c => c.SubmittedAt).Take(PageRequest.MaxPageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new WorkList(pending, [.. claims.Select(ClaimResponse.From)]));
    }

    public static async Task<Results<Ok<OrganisationResponse>, NotFound, ProblemHttpResult>> VerifyOrganisation(
        Guid id, StartupsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.Include(o => o.Certificates).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow();
        switch (organisation.Verify(now))
        {
            case Change.Registered:
                db.PublishLater(OrganisationEvents.Registered(organisation, now));
                break;
            case Change.Updated:
                db.PublishLater(OrganisationEvents.Updated(organisation, now));
                break;
            default:
                return StateConflict.Problem("state", $"Không thể xác minh một tổ chức ở trạng thái {organisation.State}. / An entry in state {organisation.State} cannot be verified.");
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OrganisationResponse.From(organisation));
    }

    public static async Task<Results<Ok<OrganisationResponse>, NotFound, ValidationProblem, ProblemHttpResult>> MergeOrganisation(
        Guid id, MergeRequest request, StartupsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var intoId = errors.Required("intoId", request.IntoId);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var both = await db.Organisations
            .Include(o => o.Certificates).Include(o => o.Support).Include(o => o.FundingRounds).AsSplitQuery()
            .Where(o => o.Id == id || o.Id == intoId)
            .ToListAsync(cancellationToken);
        var duplicate = both.SingleOrDefault(o => o.Id == id);
        var survivor = both.SingleOrDefault(o => o.Id == intoId);
        if (duplicate is null || survivor is null)
        {
            return TypedResults.NotFound();
        }
        if (Merging.Refusal(duplicate, survivor) is { } refusal)
        {
            return StateConflict.Problem("intoId", refusal);
        }
        var now = clock.GetUtcNow();
        var announce = (Duplicate: duplicate.IsInDirectory, Survivor: survivor.IsInDirectory);
        duplicate.MergeInto(survivor, now);
        if (announce.Duplicate)
        {
            db.PublishLater(OrganisationEvents.Updated(duplicate, now));
        }
        if (announce.Survivor)
        {
            db.PublishLater(OrganisationEvents.Updated(survivor, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OrganisationResponse.From(survivor));
    }

    public static async Task<Results<Ok<ClaimResponse>, NotFound, ValidationProblem, ProblemHttpResult>> DecideClaim(
        Guid claimId, ClaimDecision request, StartupsDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var approve = errors.Required("approve", request.Approve);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == claimId, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }
        var now = clock.GetUtcNow();
        bool decided;
        if (approve)
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == claim.OrganisationId, cancellationToken);
            var open = await db.Claims.Where(c => c.OrganisationId == claim.OrganisationId && c.State == ClaimState.Pending).ToListAsync(cancellationToken);
            decided = claim.Approve(organisation, open, user.Name, now);
        }
        else
        {
            decided = claim.Reject(user.Name, now);
        }
        if (!decided)
        {
            return StateConflict.Problem("approve", "Yêu cầu này đã được quyết định. / This claim was already decided.");
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ClaimResponse.From(claim));
    }
}

public sealed record WorkList(IReadOnlyList<OrganisationResponse> Organisations, IReadOnlyList<ClaimResponse> Claims);

public sealed record MergeRequest(Guid? IntoId);

public sealed record ClaimDecision(bool? Approve);
