using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.History;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Committees;

public static class CommitteeApi
{
    public static IEndpointRouteBuilder MapCommitteeApi(this IEndpointRouteBuilder app)
    {
        var committee = app.MapGroup($"{ProgrammeDocumentApi.Prefix}/{{id:guid}}/committee").WithTags("Steering committee");

        committee.MapGet("/", ListMembers)
            .WithName(nameof(ListMembers))
            .WithSummary("The steering committee: members with position, organisation, role and term, head first.");
        committee.MapPost("/", AddMember)
            .WithName(nameof(AddMember))
            .WithSummary("Adds a member for a term. Send an Idempotency-Key to make a retry safe.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes)
            .WithIdempotencyKey<ProgrammesDbContext>();
        committee.MapCommitteeMemberApi();
        return app;
    }

    public static async Task<Results<Ok<List<CommitteeMemberResponse>>, NotFound>> ListMembers(
        Guid id, ProgrammesDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Documents.VisibleTo(user).AnyAsync(d => d.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await CommitteeMemberResponse.ListAsync(db, id, cancellationToken));
    }

    public static async Task<Results<Created<CommitteeMemberResponse>, NotFound, ValidationProblem>> AddMember(
        Guid id, CommitteeMemberRequest request, ProgrammesDbContext db, CurrentUser user, TimeProvider clock,
        HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(httpContext);
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        var member = request.ToMember(id, errors);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        CommitteeEditing.Add(db, document, member, user.Name, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        httpContext.Response.SetETag(member.Version);
        return TypedResults.Created($"{ProgrammeDocumentApi.Prefix}/{id}/committee/{member.Id}", CommitteeMemberResponse.From(member));
    }
}
