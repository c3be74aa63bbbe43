using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Text;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Directory;

/// <summary>
/// A search of the public directory: words matched without diacritics ("hai phong" finds "Hải
/// Phòng"), and facets. Shared by the API, the page and the exports, so all three agree.
/// </summary>
public sealed record DirectoryQuery(
    [FromQuery(Name = "q")] string? Q = null,
    [FromQuery(Name = "type")] string? Type = null,
    [FromQuery(Name = "sector")] string? Sector = null,
    [FromQuery(Name = "stage")] string? Stage = null,
    [FromQuery(Name = "district")] string? District = null,
    [FromQuery(Name = "foundedYear")] int? FoundedYear = null,
    [FromQuery(Name = "certified")] bool? Certified = null)
{
    public const int MaxQueryLength = 200;
    public const int MaxWords = 10;

    /// <summary>The organisations anyone may see: in the directory and not opted out.</summary>
    public static IQueryable<Organisation> Listed(IQueryable<Organisation> organisations) =>
        organisations.Where(o => o.IsPublic && (o.State == VerificationState.Verified || o.State == VerificationState.Stale));

    public IQueryable<Organisation> Apply(IQueryable<Organisation> organisations, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var query = organisations;
        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Every word must appear, in any order: "thiet bi y te do son" finds "Thiết bị Y tế ... Đồ Sơn".
            var words = VietnameseText.Fold(errors.Text("q", Q, MaxQueryLength)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var pattern in words.Take(MaxWords).Select(VietnameseText.LikePattern))
            {
                query = query.Where(o => EF.Functions.ILike(o.SearchText, pattern));
            }
        }
        if (!string.IsNullOrWhiteSpace(Type))
        {
            var type = errors.Choice<OrganisationType>("type", Type);
            query = query.Where(o => o.Type == type);
        }
        if (!string.IsNullOrWhiteSpace(Stage))
        {
            var stage = errors.Choice<Stage>("stage", Stage);
            query = query.Where(o => o.Stage == stage);
        }
        if (!string.IsNullOrWhiteSpace(Sector))
        {
            query = query.Where(o => o.Sectors.Contains(Sector));
        }
        if (!string.IsNullOrWhiteSpace(District))
        {
            query = query.Where(o => o.District == District);
        }
        if (FoundedYear is { } year)
        {
            query = query.Where(o => o.FoundedYear == year);
        }
        if (Certified is { } certified)
        {
            query = query.Where(o => o.Certificates.Any(c => c.RevokedOn == null) == certified);
        }
        return query;
    }

    /// <summary>The query string of this search, for a pager's and an export's links.</summary>
    public string ToQueryString() => Microsoft.AspNetCore.Http.QueryString.Create(
        new Dictionary<string, string?>
        {
            ["q"] = Q, ["type"] = Type, ["sector"] = Sector, ["stage"] = Stage, ["district"] = District,
            ["foundedYear"] = FoundedYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["certified"] = Certified?.ToString().ToLowerInvariant(),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
}
