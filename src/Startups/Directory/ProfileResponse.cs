using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.Startups.Certificates;
using StPlatform.Startups.Data;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Portfolio;
using StPlatform.Startups.Support;

namespace StPlatform.Startups.Directory;

public sealed record CertificateResponse(Guid Id, string Number, DateOnly IssuedOn, string Issuer, CertificateStatus Status, DateOnly? RevokedOn, string? RevocationReason);

public sealed record SupportResponse(Guid Id, string Programme, int Year, decimal? AmountMillionVnd);

public sealed record FundingRoundResponse(Guid Id, RoundKind Kind, int Year, decimal? AmountMillionVnd, string? Investors);

public sealed record IpAssetResponse(Guid AssetId, IpObjectType ObjectType, string? Title, string? ApplicationNumber, DateOnly? FiledOn,
    string? GrantNumber, DateOnly? GrantedOn, DateOnly? CommercialisedOn, DateOnly? EndedOn, PortfolioStatus Status);

/// <summary>
/// An organisation's profile: its entry, its certificates, the support it received and its IP
/// portfolio. <see cref="ClaimedAt"/>: since when the organisation itself manages the entry.
/// </summary>
public sealed record ProfileResponse(
    OrganisationResponse Organisation,
    string? Ward,
    InvestorKind? InvestorKind,
    SizeBand? SizeBand,
    IReadOnlyList<string> Technologies,
    string? Website,
    string? Email,
    string? Phone,
    Guid? MergedIntoId,
    int Revision,
    DateTimeOffset? ClaimedAt,
    IReadOnlyList<CertificateResponse> Certificates,
    IReadOnlyList<SupportResponse> Support,
    IReadOnlyList<FundingRoundResponse> FundingRounds,
    IReadOnlyList<IpAssetResponse> IpPortfolio)
{
    public static async Task<ProfileResponse> LoadAsync(StartupsDbContext db, Organisation o, CancellationToken cancellationToken)
    {
        var portfolio = await db.IpPortfolio.AsNoTracking()
            .Where(i => i.OwnerTaxCodes.Contains(o.TaxCode))
            .OrderBy(i => i.FiledOn ?? i.GrantedOn).ThenBy(i => i.AssetId)
            .ToListAsync(cancellationToken);
        return new ProfileResponse(
            OrganisationResponse.From(o), o.Ward, o.InvestorKind, o.SizeBand, o.Technologies, o.Website, o.Email, o.Phone,
            o.MergedIntoId, o.Revision, o.ClaimedAt,
            [.. o.Certificates.OrderBy(c => c.IssuedOn).Select(c => new CertificateResponse(c.Id, c.Number, c.IssuedOn, c.Issuer, c.Status, c.RevokedOn, c.RevocationReason))],
            [.. o.Support.OrderByDescending(s => s.Year).Select(s => new SupportResponse(s.Id, s.Programme, s.Year, s.AmountMillionVnd))],
            [.. o.FundingRounds.OrderByDescending(f => f.Year).Select(f => new FundingRoundResponse(f.Id, f.Kind, f.Year, f.AmountMillionVnd, f.Investors))],
            [.. portfolio.Select(i => new IpAssetResponse(i.AssetId, i.ObjectType, i.Title, i.ApplicationNumber, i.FiledOn, i.GrantNumber, i.GrantedOn, i.CommercialisedOn, i.EndedOn, i.Status))]);
    }
}
