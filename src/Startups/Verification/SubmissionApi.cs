using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.Startups.Data;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Verification;

/// <summary>
/// What an organisation sends without an account: its own entry (pending until an editor
/// verifies it) or a claim on an entry that is already there.
/// </summary>
public static class SubmissionApi
{
    public static IEndpointRouteBuilder MapSubmissionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(OrganisationApi.Prefix).WithTags("Submissions").AllowAnonymous();
        group.MapPost("/submissions", SubmitOrganisation)
            .WithName(nameof(SubmitOrganisation))
            .WithSummary("An organisation submits its own entry; it is listed once an editor verifies it. Send an Idempotency-Key.")
            .WithIdempotencyKey<StartupsDbContext>();
        group.MapPost("/{id:guid}/claims", ClaimOrganisation)
            .WithName(nameof(ClaimOrganisation))
            .WithSummary("Someone asks to manage an existing entry as its organisation's representative; an editor decides. Send an Idempotency-Key.")
            .WithIdempotencyKey<StartupsDbContext>();
        group.MapGet("/claims/{claimId:guid}", GetClaimStatus)
            .WithName(nameof(GetClaimStatus))
            .WithSummary("Where a claim stands (pending, approved, rejected): the address a claim's 202 gives in Location.");
        return app;
    }

    public static async Task<Results<Accepted<SubmissionResponse>, ValidationProblem, ProblemHttpResult>> SubmitOrganisation(
        OrganisationInput request, StartupsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var organisation = request.ToOrganisation(errors, CityTime.Today(clock));
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var existing = await db.Organisations.Where(o => o.TaxCode == organisation.TaxCode).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return DuplicateRecords.Conflict("taxCode", TaxCodes.DuplicateMessage(organisation.TaxCode) + $" ({OrganisationApi.Prefix}/{existing}/claims)");
        }
        organisation.State = VerificationState.Submitted;
        organisation.LastUpdatedAt = clock.GetUtcNow();
        organisation.PossibleDuplicateOfId = await db.FindNameTwinAsync(organisation, cancellationToken);
        db.Organisations.Add(organisation);
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            return DuplicateRecords.Conflict("taxCode", TaxCodes.DuplicateMessage(organisation.TaxCode));
        }
        return TypedResults.Accepted((string?)null, new SubmissionResponse(organisation.Id, organisation.State, organisation.PossibleDuplicateOfId is not null));
    }

    public static async Task<Results<Accepted<ClaimResponse>, NotFound, ValidationProblem>> ClaimOrganisation(
        Guid id, ClaimRequest request, StartupsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == id && o.State != VerificationState.Merged, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        var claim = request.ToClaim(id, errors, clock.GetUtcNow());
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        db.Claims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"{OrganisationApi.Prefix}/claims/{claim.Id}", ClaimResponse.From(claim));
    }

    public static async Task<Results<Ok<ClaimStatusResponse>, NotFound>> GetClaimStatus(
        Guid claimId, StartupsDbContext db, CancellationToken cancellationToken) =>
        await ClaimStatusResponse.FindAsync(db, claimId, cancellationToken) is { } status
            ? TypedResults.Ok(status)
            : TypedResults.NotFound();
}

public sealed record SubmissionResponse(Guid Id, VerificationState State, bool PossibleDuplicate);

public sealed record ClaimRequest(string? ClaimantName, string? Position, string? Email, string? Phone, string? Evidence)
{
    public Claim ToClaim(Guid organisationId, ValidationErrors errors, DateTimeOffset now)
    {
        var claim = new Claim
        {
            OrganisationId = organisationId,
            ClaimantName = errors.Text("claimantName", ClaimantName, Claim.TextMaxLength),
            Position = errors.Text("position", Position, Claim.TextMaxLength),
            Email = errors.Text("email", Email, Claim.TextMaxLength),
            Phone = string.IsNullOrWhiteSpace(Phone) ? null : errors.Text("phone", Phone, Claim.TextMaxLength),
            Evidence = errors.Text("evidence", Evidence, Claim.EvidenceMaxLength),
            SubmittedAt = now,
        };
        if (claim.Email.Length > 0 && !claim.Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("email", "Địa chỉ email không hợp lệ. / Not an email address.");
        }
        return claim;
    }
}

public sealed record ClaimResponse(Guid Id, Guid OrganisationId, string ClaimantName, string Position, string Email, string? Phone, string Evidence,
    ClaimState State, DateTimeOffset SubmittedAt)
{
    public static ClaimResponse From(Claim c) => new(c.Id, c.OrganisationId, c.ClaimantName, c.Position, c.Email, c.Phone, c.Evidence, c.State, c.SubmittedAt);
}
