using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>
/// How PostgreSQL should look for a text search's matches. The planner misjudges conjunctions of
/// common words ("nuoc mam cat hai") by 2 to 24 times, and each wrong guess costs hundreds of
/// milliseconds at a million assets: a trigram bitmap over a third of the table for a broad query,
/// or a walk of the filing-date index through the whole table for a rare one. So a probe counts the
/// matches in a sample of 2,000 rows (a few milliseconds) and the search tells the planner which
/// way to go, inside a transaction so the setting ends with the search.
/// </summary>
public static class IpSearchPlan
{

    /// <summary>
    /// At 1% (20 of 2,000) a sequential scan meets 1,001 matches within some 100,000 rows and the
    /// filing-date index meets a page of 20 within some 2,000: at a million assets about what a
    /// trigram bitmap of words that common costs ("nguyen duc thang", 1.7%, counted in 166 ms by
    /// the scan and 416 ms by a bitmap; bench/README.md). Below it the bitmap is the cheaper way.
    /// </summary>
    public const int DenseMatches = 20;

    /// <summary>2,000 rows spread over the table (tsm_system_rows picks whole pages), read in a few milliseconds.</summary>
    public static IQueryable<IpAsset> Sample(IpDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Assets.FromSqlRaw("SELECT * FROM ip_assets TABLESAMPLE SYSTEM_ROWS(2000)");
    }

    public static IQueryable<IpAsset> Probe(IpDbContext db, bool readsUnpublished, IpSearchRequest request) =>
        IpSearch.Filter(Sample(db).VisibleTo(readsUnpublished), request);

    /// <summary>Dense matches: count them by a sequential scan that stops at the cap (no bitmap, no parallel workers).</summary>
    public const string CountBySequentialScan = "SET LOCAL enable_bitmapscan = off; SET LOCAL max_parallel_workers_per_gather = 0";

    /// <summary>Dense matches: the page walks the filing-date index, newest first, and stops after a page.</summary>
    public const string PageByFilingDate = "SET LOCAL enable_seqscan = off";

    /// <summary>Few matches: one trigram bitmap fetches them all (up to the cap), never a walk of an index in date order.</summary>
    public const string FetchByBitmap = "SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off";

    /// <summary>The probe was wrong and there are more than the cap: back to the filing-date walk for the page.</summary>
    public const string PageAfterAll = "SET LOCAL enable_indexscan = on; SET LOCAL enable_bitmapscan = off";

    /// <summary>What the page needs of each of a few matches to rank them in memory.</summary>
    public sealed record Candidate(Guid Id, DateOnly FiledOn, string ApplicationNumber);

    public static IQueryable<Candidate> Candidates(IQueryable<IpAsset> filtered) =>
        filtered.Select(a => new Candidate(a.Id, a.FiledOn, a.ApplicationNumber)).Take(IpSearch.CountCap + 1);

    /// <summary>The order of <see cref="IpSearch.Newest"/>, in memory: the database compares these numbers as bytes (C.UTF-8).</summary>
    public static IEnumerable<Guid> Newest(IEnumerable<Candidate> candidates) =>
        candidates.OrderByDescending(c => c.FiledOn).ThenBy(c => c.ApplicationNumber, StringComparer.Ordinal).Select(c => c.Id);

    public static async Task<bool> IsDenseAsync(IpDbContext db, bool readsUnpublished, IpSearchRequest request, CancellationToken cancellationToken) =>
        await Probe(db, readsUnpublished, request).CountAsync(cancellationToken) >= DenseMatches;
}
