using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Committees;

/// <summary>One member of a steering committee: read with its version as ETag, changed or removed with If-Match.</summary>
public static class CommitteeMemberApi
{
    public static void MapCommitteeMemberApi(this RouteGroupBuilder committee)
    {
        ArgumentNullException.ThrowIfNull(committee);
        committee.MapGet("/{memberId:guid}", GetMember)
            .WithName(nameof(GetMember))
            .WithSummary("One member, with its version as ETag.");
        committee.MapPut("/{memberId:guid}", UpdateMember)
            .WithName(nameof(UpdateMember))
            .ProducesDocumentWrite()
            .WithSummary("Corrects a member's name, position, organisation, role or term; the document's history lists what changed. Needs If-Match.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes);
        committee.MapDelete("/{memberId:guid}", RemoveMember)
            .WithName(nameof(RemoveMember))
            .ProducesDocumentWrite()
            .WithSummary("Removes a member; the document's history keeps who was removed. Needs If-Match.")
            .RequireAuthorization(PlatformPolicies.ManageProgrammes);
    }

    public static async Task<Results<Ok<CommitteeMemberResponse>, NotFound>> GetMember(
        Guid id, Guid memberId, ProgrammesDbContext db, CurrentUser user, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!await db.Documents.VisibleTo(user).AnyAsync(d => d.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var member = await db.Set<CommitteeMember>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId && m.DocumentId == id, cancellationToken);
        if (member is null)
        {
            return TypedResults.NotFound();
        }
        httpContext.Response.SetETag(member.Version);
        return TypedResults.Ok(CommitteeMemberResponse.From(member));
    }

    public static async Task<Results<Ok<CommitteeMemberResponse>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateMember(
        Guid id, Guid memberId, CommitteeMemberRequest request, ProgrammesDbContext db, CurrentUser user, TimeProvider clock,
        HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(httpContext);
        var (document, member) = await FindAsync(db, id, memberId, cancellationToken);
        if (document is null || member is null)
        {
            return TypedResults.NotFound();
        }
        if (Preconditions.CheckIfMatch(httpContext.Request, member.Version) is { } precondition)
        {
            return precondition;
        }
        var errors = new ValidationErrors();
        var edited = request.ToMember(id, errors);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var changes = member.Apply(edited);
        if (changes.Count > 0)
        {
            CommitteeEditing.RecordEdit(document, member, changes, user.Name, clock.GetUtcNow());
            if (await SaveAsync(db, cancellationToken) is { } stale)
            {
                return stale;
            }
        }
        httpContext.Response.SetETag(member.Version);
        return TypedResults.Ok(CommitteeMemberResponse.From(member));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> RemoveMember(
        Guid id, Guid memberId, ProgrammesDbContext db, CurrentUser user, TimeProvider clock,
        HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var (document, member) = await FindAsync(db, id, memberId, cancellationToken);
        if (document is null || member is null)
        {
            return TypedResults.NotFound();
        }
        if (Preconditions.CheckIfMatch(httpContext.Request, member.Version) is { } precondition)
        {
            return precondition;
        }
        CommitteeEditing.Remove(db, document, member, user.Name, clock.GetUtcNow());
        return await SaveAsync(db, cancellationToken) is { } stale ? stale : TypedResults.NoContent();
    }

    public static async Task<(ProgrammeDocument? Document, CommitteeMember? Member)> FindAsync(
        ProgrammesDbContext db, Guid id, Guid memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var member = await db.Set<CommitteeMember>().SingleOrDefaultAsync(m => m.Id == memberId && m.DocumentId == id, cancellationToken);
        return (document, member);
    }

    /// <summary>Null once saved; the 412 when another writer changed the member first.</summary>
    private static async Task<ProblemHttpResult?> SaveAsync(ProgrammesDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Preconditions.Stale();
        }
    }
}
