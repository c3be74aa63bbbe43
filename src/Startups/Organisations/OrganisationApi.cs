using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Directory;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups.Organisations;

/// <summary>An editor's entries: created verified, edited with If-Match, listed or not, closed.</summary>
public static class OrganisationApi
{
    public const string Prefix = DirectoryApi.Prefix;

    public static IEndpointRouteBuilder MapOrganisationApi(this IEndpointRouteBuilder app)
    {
        var organisations = app.MapGroup(Prefix).WithTags("Organisations").RequireAuthorization(PlatformPolicies.EditDirectory);
        organisations.MapPost("/", CreateOrganisation)
            .WithName(nameof(CreateOrganisation))
            .WithSummary("Enters a verified organisation in the directory; its tax code must be new; a near-identical name is flagged.")
            .WithIdempotencyKey<StartupsDbContext>();
        organisations.MapPut("/{id:guid}", UpdateOrganisation)
            .WithName(nameof(UpdateOrganisation))
            .Produces<OrganisationResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Replaces an organisation's details; needs If-Match with the ETag it was read with.");
        organisations.MapPut("/{id:guid}/listing", SetListing)
            .WithName(nameof(SetListing))
            .Produces<OrganisationResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Opts an organisation out of (or back into) the public listing.");
        organisations.MapPost("/{id:guid}/closure", EndOrganisation)
            .WithName(nameof(EndOrganisation))
            .Produces<OrganisationResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Records that an organisation closed or was acquired; it leaves the directory.");
        return app;
    }

    public static async Task<Results<Created<OrganisationResponse>, ValidationProblem, ProblemHttpResult>> CreateOrganisation(
        OrganisationInput request, StartupsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var organisation = request.ToOrganisation(errors, CityTime.Today(clock));
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var now = clock.GetUtcNow();
        organisation.State = VerificationState.Submitted;
        organisation.Verify(now);
        organisation.PossibleDuplicateOfId = await db.FindNameTwinAsync(organisation, cancellationToken);
        db.Organisations.Add(organisation);
        db.PublishLater(OrganisationEvents.Registered(organisation, now));
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            return DuplicateRecords.Conflict("taxCode", TaxCodes.DuplicateMessage(organisation.TaxCode));
        }
        return TypedResults.Created($"{Prefix}/{organisation.Id}", OrganisationResponse.From(organisation));
    }

    public static async Task<IResult> UpdateOrganisation(
        Guid id, OrganisationInput request, StartupsDbContext db, TimeProvider clock, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationEdits.FindAsync(db, id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        if (Preconditions.CheckIfMatch(httpContext.Request, organisation.Version) is { } refused)
        {
            return refused;
        }
        var errors = OrganisationEdits.Apply(db, organisation, request, clock);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        return await SaveAsync(db, organisation, httpContext, cancellationToken);
    }

    public static async Task<IResult> SetListing(
        Guid id, ListingRequest request, StartupsDbContext db, TimeProvider clock, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.Include(o => o.Certificates).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        organisation.IsPublic = errors.Required("isPublic", request.IsPublic);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        organisation.LastUpdatedAt = clock.GetUtcNow();
        return await SaveAsync(db, organisation, httpContext, cancellationToken);
    }

    public static async Task<IResult> EndOrganisation(
        Guid id, ClosureRequest request, StartupsDbContext db, TimeProvider clock, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.Include(o => o.Certificates).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors();
        var end = errors.Choice<VerificationState>("state", request.State);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var now = clock.GetUtcNow();
        if (!organisation.End(end, now))
        {
            return StateConflict.Problem("state", "Chỉ tổ chức đang có trong danh bạ mới có thể đóng (closed) hoặc được mua lại (acquired). / Only an organisation in the directory can be closed or acquired.");
        }
        db.PublishLater(OrganisationEvents.Updated(organisation, now));
        return await SaveAsync(db, organisation, httpContext, cancellationToken);
    }

    private static async Task<IResult> SaveAsync(StartupsDbContext db, Organisation organisation, HttpContext httpContext, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Preconditions.Stale();
        }
        httpContext.Response.SetETag(organisation.Version);
        return TypedResults.Ok(OrganisationResponse.From(organisation));
    }
}

public sealed record ListingRequest(bool? IsPublic);

public sealed record ClosureRequest(string? State);
