using Microsoft.AspNetCore.Http.HttpResults;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Directory;

/// <summary>The public directory: search with facets and profiles, readable without signing in.</summary>
public static class DirectoryApi
{
    public const string Prefix = "/api/startups";

    public static IEndpointRouteBuilder MapDirectoryApi(this IEndpointRouteBuilder app)
    {
        var directory = app.MapGroup(Prefix).WithTags("Directory");
        directory.MapGet("/", SearchDirectory)
            .WithName(nameof(SearchDirectory))
            .WithSummary("Searches the public directory (words without diacritics, facets), by name, one page at a time.");
        directory.MapGet("/facets", CountFacets)
            .WithName(nameof(CountFacets))
            .WithSummary("Counts a search's results by type, sector, stage, district, founded year and certification.");
        directory.MapGet("/{id:guid}", GetProfile)
            .WithName(nameof(GetProfile))
            .WithSummary("Gets an organisation's profile: certificates, support, funding rounds and IP portfolio.");
        return app;
    }

    public static async Task<Results<Ok<PagedList<OrganisationResponse>>, ValidationProblem>> SearchDirectory(
        [AsParameters] DirectoryQuery query, [AsParameters] PageRequest page, StartupsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var results = query.Apply(DirectoryQuery.Listed(db.Organisations), errors);
        return errors.IsValid
            ? TypedResults.Ok(await results.ToByNamePageAsync(page, cancellationToken))
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    public static async Task<Results<Ok<Facets>, ValidationProblem>> CountFacets(
        [AsParameters] DirectoryQuery query, StartupsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var results = query.Apply(DirectoryQuery.Listed(db.Organisations), errors);
        return errors.IsValid
            ? TypedResults.Ok(await Facets.CountAsync(results, cancellationToken))
            : TypedResults.ValidationProblem(errors.ToDictionary());
    }

    public static async Task<Results<Ok<ProfileResponse>, NotFound>> GetProfile(
        Guid id, StartupsDbContext db, CurrentUser user, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var organisation = await db.FindVisibleAsync(id, user, cancellationToken);
        if (organisation is null)
        {
            return TypedResults.NotFound();
        }
        httpContext.Response.SetETag(organisation.Version);
        return TypedResults.Ok(await ProfileResponse.LoadAsync(db, organisation, cancellationToken));
    }
}
