using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Alerts;

/// <summary>A right whose annuity or renewal falls due soon (or is overdue and still in its grace period).</summary>
public sealed record FeeAlert(Guid Id, string ApplicationNumber, string? GrantNumber, string Title, string Owners, DateOnly DueOn, DueKind Kind, int DaysLeft);

/// <summary>
/// The IP officers' reminder list: rights in force whose next annuity or renewal is due within the
/// configured window (<c>IpRegistry:AlertDays</c>, 90 by default), including those up to six months
/// overdue, which the law still lets the owner pay with a surcharge.
/// </summary>
public static class FeeAlerts
{
    public const int DefaultDays = 90;

    public static IEndpointRouteBuilder MapFeeAlertApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup($"{IpAssetApi.Prefix}/alerts").WithTags("Fee alerts")
            .MapGet("/", ListAlerts)
            .WithName(nameof(ListAlerts))
            .WithSummary("Rights in force whose annuity or renewal is due within `days` (default from configuration), soonest first.")
            .RequireAuthorization(PlatformPolicies.RecordIp);
        return app;
    }

    public static async Task<Ok<PagedList<FeeAlert>>> ListAlerts(
        [AsParameters] PageRequest page, int? days, IpDbContext db, IConfiguration configuration, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await LoadAsync(db, page, Window(days, configuration), CityTime.Today(clock), cancellationToken));

    public static int Window(int? days, IConfiguration configuration) =>
        Math.Clamp(days ?? configuration?.GetValue<int?>("IpRegistry:AlertDays") ?? DefaultDays, 1, 3650);

    public static async Task<PagedList<FeeAlert>> LoadAsync(IpDbContext db, PageRequest page, int days, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (from, until) = (today.AddMonths(-ProtectionTerms.RenewalWindowMonths), today.AddDays(days));
        var due = await db.Assets
            .Where(a => a.Status == IpStatus.InForce && a.NextDueOn != null && a.NextDueOn >= from && a.NextDueOn <= until)
            .OrderBy(a => a.NextDueOn).ThenBy(a => a.ApplicationNumber)
            .Select(a => new { a.Id, a.ApplicationNumber, a.GrantNumber, a.Title, Owners = a.Owners.OrderBy(o => o.Position).Select(o => o.Name).ToList(), a.NextDueOn, a.NextDueKind })
            .ToPagedListAsync(page, cancellationToken);
        return new PagedList<FeeAlert>(
            [.. due.Items.Select(a => new FeeAlert(a.Id, a.ApplicationNumber, a.GrantNumber, a.Title, string.Join("; ", a.Owners),
                a.NextDueOn!.Value, a.NextDueKind!.Value, a.NextDueOn.Value.DayNumber - today.DayNumber))],
            due.Page, due.PageSize, due.TotalCount);
    }
}
