using Microsoft.AspNetCore.Http.HttpResults;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.IntellectualProperty.Search;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Assets;

public static class IpAssetApi
{
    public const string Prefix = "/api/ip";

    public static IEndpointRouteBuilder MapIpAssetApi(this IEndpointRouteBuilder app)
    {
        var assets = app.MapGroup(Prefix).WithTags("IP assets");

        assets.MapGet("/", SearchAssets)
            .WithName(nameof(SearchAssets))
            .WithSummary("Searches the register (any part of a word, with or without diacritics, in titles, owners, inventors and numbers), ranked, with facets on request; the public sees published and decided assets only.");
        assets.MapGet("/{id:guid}", GetAsset)
            .WithName(nameof(GetAsset))
            .WithSummary("Gets one IP asset with its legal history, status, protection end and next fee; the ETag is its version.");
        assets.MapPost("/", CreateAsset)
            .WithName(nameof(CreateAsset))
            .WithSummary("Records an application for a patent, utility solution, design, mark, GI or layout design (Idempotency-Key honoured).")
            .RequireAuthorization(PlatformPolicies.RecordIp)
            .WithIdempotencyKey<IpDbContext>();
        return app;
    }

    public static async Task<Ok<IpSearchPage>> SearchAssets(
        [AsParameters] IpSearchRequest search, [AsParameters] PageRequest page, IpDbContext db, CurrentUser user, CancellationToken cancellationToken) =>
        TypedResults.Ok(await IpSearch.RunAsync(db, user.ReadsUnpublished(), search, page, cancellationToken));

    public static async Task<Results<Ok<IpAssetResponse>, NotFound>> GetAsset(
        Guid id, IpDbContext db, CurrentUser user, TimeProvider clock, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var asset = await db.FindWithHistoryAsync(id, cancellationToken);
        if (asset is null || !db.Assets.VisibleTo(user.ReadsUnpublished()).Any(a => a.Id == id))
        {
            return TypedResults.NotFound();
        }
        httpContext.Response.SetETag(asset.Version);
        var organisations = await db.OrganisationsOfAsync([asset], cancellationToken);
        return TypedResults.Ok(IpAssetResponse.From(asset, CityTime.Today(clock), organisations));
    }

    public static async Task<Results<Created<IpAssetResponse>, ValidationProblem, ProblemHttpResult>> CreateAsset(
        CreateIpAssetRequest request, IpDbContext db, CurrentUser user, TimeProvider clock, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var now = clock.GetUtcNow();
        var asset = request.ToAsset(errors, CityTime.Today(clock), now);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        asset.RecordFiling(user.Name, now);
        db.Assets.Add(asset);
        db.PublishLater(IpIntegrationEvents.Filed(asset, now));
        if (!await db.TrySaveUniqueAsync(cancellationToken))
        {
            return DuplicateRecords.Conflict("applicationNumber", CreateIpAssetRequest.DuplicateMessage(asset.ApplicationNumber));
        }
        httpContext.Response.SetETag(asset.Version);
        var organisations = await db.OrganisationsOfAsync([asset], cancellationToken);
        return TypedResults.Created($"{Prefix}/{asset.Id}", IpAssetResponse.From(asset, CityTime.Today(clock), organisations));
    }
}
