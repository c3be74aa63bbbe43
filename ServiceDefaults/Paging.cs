using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// The page a client asks for. Out-of-range values are brought into range rather than refused, so
/// a list never fails and never returns more than <see cref="MaxPageSize"/> rows.
/// </summary>
public sealed record PageRequest(
    [FromQuery(Name = "page")] int? Page = null,
    [FromQuery(Name = "pageSize")] int? PageSize = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    // Keeps (page - 1) * size inside int, so a huge page number is an empty page, not an overflow.
    private const int MaxPage = int.MaxValue / MaxPageSize;

    public int Number => Math.Clamp(Page ?? 1, 1, MaxPage);

    public int Size => Math.Clamp(PageSize ?? DefaultPageSize, 1, MaxPageSize);

    internal int Offset => (Number - 1) * Size;
}

/// <summary>Where a page sits in its list: what a pager needs, whatever the items are.</summary>
public interface IPageInfo
{
    int Page { get; }

    int PageCount { get; }

    bool HasPrevious { get; }

    bool HasNext { get; }
}

/// <summary>One page of a list, with the total count so a client can show "127 results, page 2 of 7".</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount) : IPageInfo
{
    public int PageCount => TotalCount == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

public static class PagingExtensions
{
    /// <summary>The query must already be ordered by a unique key, or pages overlap.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(
        this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(request.Offset).Take(request.Size).ToListAsync(cancellationToken);
        return new PagedList<T>(items, request.Number, request.Size, total);
    }
}
