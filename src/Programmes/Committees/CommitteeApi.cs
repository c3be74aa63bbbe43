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
        Guid id, CommitteeMemberRequest request, ProgrammesDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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
        db.Add(member);
        document.Record(HistoryAction.CommitteeChanged, user.Name, clock.GetUtcNow(), null,
            $"Ban chỉ đạo / Steering committee: {member.Name}, {member.Position} ({CommitteeLabels.Role(member.Role)}) từ / from {Display.Date(member.TermStart)}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{ProgrammeDocumentApi.Prefix}/{id}/committee", CommitteeMemberResponse.From(member));
    }
}

public sealed record CommitteeMemberRequest(string? Name, string? Position, string? Organisation, string? Role, DateOnly? TermStart, DateOnly? TermEnd = null)
{
    public CommitteeMember ToMember(Guid documentId, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var member = new CommitteeMember
        {
            DocumentId = documentId,
            Name = errors.Text("name", Name, CommitteeMember.NameMaxLength),
            Position = errors.Text("position", Position, CommitteeMember.NameMaxLength),
            Organisation = errors.Text("organisation", Organisation, CommitteeMember.NameMaxLength),
            Role = errors.Choice<CommitteeRole>("role", Role),
            TermStart = errors.Required("termStart", TermStart),
            TermEnd = TermEnd,
        };
        if (TermStart is { } start && TermEnd is { } end && end < start)
        {
            errors.Add("termEnd", "Nhiệm kỳ kết thúc sau khi bắt đầu. / A term ends after it starts.");
        }
        return member;
    }
}

public sealed record CommitteeMemberResponse(Guid Id, string Name, string Position, string Organisation, CommitteeRole Role, DateOnly TermStart, DateOnly? TermEnd)
{
    public static CommitteeMemberResponse From(CommitteeMember m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.Name, m.Position, m.Organisation, m.Role, m.TermStart, m.TermEnd);
    }

    public static async Task<List<CommitteeMemberResponse>> ListAsync(ProgrammesDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var members = await db.Set<CommitteeMember>().AsNoTracking().Where(m => m.DocumentId == documentId).ToListAsync(cancellationToken);
        // Roles are stored by name; the head comes first by the enum's order, not the alphabet's.
        return [.. members.OrderBy(m => m.Role).ThenBy(m => m.TermStart).ThenBy(m => m.Name, StringComparer.Ordinal).Select(From)];
    }
}
