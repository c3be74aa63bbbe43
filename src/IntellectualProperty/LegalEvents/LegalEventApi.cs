using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Http;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.LegalEvents;

public static class LegalEventApi
{
    public static IEndpointRouteBuilder MapLegalEventApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(IpAssetApi.Prefix).WithTags("IP assets")
            .MapPost("/{id:guid}/events", RecordEvent)
            .WithName(nameof(RecordEvent))
            .WithSummary("Records a legal event (If-Match: the asset's ETag); an event out of sequence is a 400 naming kind or date.")
            .Produces<IpAssetResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization(PlatformPolicies.RecordIp);
        return app;
    }

    public static async Task<IResult> RecordEvent(
        Guid id, RecordLegalEventRequest request, IpDbContext db, CurrentUser user, TimeProvider clock, HttpContext httpContext,
        CancellationToken cancellationToken)
    {
        var asset = await db.FindWithHistoryAsync(id, cancellationToken);
        if (asset is null)
        {
            return TypedResults.NotFound();
        }
        if (Preconditions.CheckIfMatch(httpContext.Request, asset.Version) is { } precondition)
        {
            return precondition;
        }
        var outcome = await RecordAsync(db, asset, request, user.Name, clock, cancellationToken);
        if (outcome.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!outcome.Saved)
        {
            return Preconditions.Stale();
        }
        httpContext.Response.SetETag(asset.Version);
        var organisations = await db.OrganisationsOfAsync([asset], cancellationToken);
        return TypedResults.Ok(IpAssetResponse.From(asset, CityTime.Today(clock), organisations));
    }

    /// <summary>
    /// Shared by the API and the page: checks the event against the history, appends it, and puts
    /// the integration event it causes in the outbox, all in one save. Saved is false when another
    /// writer changed the asset meanwhile.
    /// </summary>
    public static async Task<(IDictionary<string, string[]>? Errors, bool Saved)> RecordAsync(
        IpDbContext db, IpAsset asset, RecordLegalEventRequest request, string userName, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var (kind, on, reference, note) = request.Validate(errors);
        if (!errors.IsValid)
        {
            return (errors.ToDictionary(), false);
        }
        var now = clock.GetUtcNow();
        var wasCommercialised = asset.Commercialised;
        if (asset.Record(kind, on, reference, note, CityTime.Today(clock), userName, now) is { } refusal)
        {
            errors.Add(refusal.Field, refusal.Message);
            return (errors.ToDictionary(), false);
        }
        if (IpIntegrationEvents.For(asset, asset.Events[^1], wasCommercialised, now) is { } integrationEvent)
        {
            db.PublishLater(integrationEvent);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (null, true);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (null, false);
        }
    }
}
