using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using StPlatform.ServiceDefaults.Security;
using StPlatform.ServiceDefaults.Text;

namespace StPlatform.Programmes.Documents;

/// <summary>
/// The list's filters: kind, status, a year the period covers, and text that matches the number,
/// title or issuer with or without diacritics. An unknown kind or status matches nothing.
/// </summary>
public sealed record DocumentFilter(
    [FromQuery(Name = "kind")] string? Kind = null,
    [FromQuery(Name = "status")] string? Status = null,
    [FromQuery(Name = "year")] int? Year = null,
    [FromQuery(Name = "q")] string? Q = null)
{
    public const int MaxQueryLength = 200;

    public IQueryable<ProgrammeDocument> Apply(IQueryable<ProgrammeDocument> documents, CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        documents = documents.VisibleTo(user);
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            documents = Enum.TryParse<ProgrammeDocumentKind>(Kind, true, out var kind) && Enum.IsDefined(kind)
                ? documents.Where(d => d.Kind == kind) : documents.Where(d => false);
        }
        if (!string.IsNullOrWhiteSpace(Status))
        {
            documents = Enum.TryParse<DocumentStatus>(Status, true, out var status) && Enum.IsDefined(status)
                ? documents.Where(d => d.Status == status) : documents.Where(d => false);
        }
        if (Year is { } year)
        {
            documents = documents.Where(d => d.PeriodStartYear <= year && year <= (d.VisionYear ?? d.PeriodEndYear));
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = VietnameseText.LikePattern(Q.Length > MaxQueryLength ? Q[..MaxQueryLength] : Q);
            documents = documents.Where(d => EF.Functions.ILike(d.SearchText, pattern));
        }
        return documents;
    }
}
