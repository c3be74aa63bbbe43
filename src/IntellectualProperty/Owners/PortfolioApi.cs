using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Owners;

/// <summary>An owner's assets and its name in the directory, if the directory knows its tax code.</summary>
public sealed record PortfolioResponse(string TaxCode, string? Name, Guid? OrganisationId, PagedList<IpAssetSummary> Assets);

public static class PortfolioApi
{
    public static IEndpointRouteBuilder MapPortfolioApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup($"{IpAssetApi.Prefix}/owners").WithTags("Owner portfolios")
            .MapGet("/{taxCode}", GetPortfolio)
            .WithName(nameof(GetPortfolio))
            .WithSummary("An owner's IP portfolio by tax code, latest filed first; the public sees published and decided assets only.");
        return app;
    }

    public static async Task<Results<Ok<PortfolioResponse>, ValidationProblem>> GetPortfolio(
        string taxCode, [AsParameters] PageRequest page, IpDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!TaxCode.IsWellFormed(taxCode))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["taxCode"] = [TaxCode.FormatMessage] });
        }
        return TypedResults.Ok(await LoadAsync(db, taxCode, page, user.ReadsUnpublished(), cancellationToken));
    }

    public static async Task<PortfolioResponse> LoadAsync(IpDbContext db, string taxCode, PageRequest page, bool isStaff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = await db.Organisations.Where(o => o.TaxCode == taxCode).OrderByDescending(o => o.DirectoryVersion).FirstOrDefaultAsync(cancellationToken);
        var assets = await db.Assets.VisibleTo(isStaff).Where(a => a.Owners.Any(o => o.TaxCode == taxCode)).ToLatestFiledPageAsync(page, cancellationToken);
        var name = known?.Name ?? await db.Owners.Where(o => o.TaxCode == taxCode).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        return new PortfolioResponse(taxCode, name, known?.OrganisationId, assets);
    }
}
