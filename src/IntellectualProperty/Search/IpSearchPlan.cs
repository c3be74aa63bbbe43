using StPlatform.IntellectualProperty.Data;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>
/// How PostgreSQL should look for a text search's matches. The planner misjudges conjunctions of
/// common words ("nuoc mam cat hai") by 2 to 24 times, and each wrong guess costs hundreds of
/// milliseconds at a million assets: a trigram bitmap over a third of the table for a broad query,
/// or a walk of the filing-date index through the whole table for a rare one. So a probe looks for
/// the matches in a sample of 2,000 rows (a few milliseconds) and the search tells the planner which
/// way to go, inside a transaction so the setting ends with the search.
/// </summary>
public static class IpSearchPlan
{
    public const int SampleRows = 2000;

    /// <summary>
    /// At 1% (20 of 2,000) a sequential scan meets 1,001 matches within some 100,000 rows and the
    /// filing-date index meets a page of 20 within some 2,000: at a million assets about what a
    /// trigram bitmap of words that common costs ("nguyen duc thang", 1.7%, counted in 166 ms by
    /// the scan and 416 ms by a bitmap; bench/README.md). Below it the bitmap is the cheaper way.
    /// </summary>
    public const int DenseMatches = 20;

    /// <summary>
    /// Sampled matches in at least this many table pages, each page holding at least one match, make
    /// "more than 1,000" certain enough to skip the count (see <see cref="Choose"/>).
    /// </summary>
    public const int SpreadPages = 15;

    /// <summary>The lower bound of matches, from the pages they were sampled in, that skips the count: five times the cap.</summary>
    public const int CertainMatches = 5 * IpSearch.CountCap;

    /// <summary>Dense matches: count them by a sequential scan that stops at the cap (no bitmap, no parallel workers).</summary>
    public const string CountBySequentialScan = "SET LOCAL enable_bitmapscan = off; SET LOCAL max_parallel_workers_per_gather = 0";

    /// <summary>Dense matches: the page walks the filing-date index, newest first, and stops after a page.</summary>
    public const string PageByFilingDate = "SET LOCAL enable_seqscan = off";

    /// <summary>Few matches: one bitmap (trigrams, number grams) fetches them all (up to the cap), never a walk of an index in date order.</summary>
    public const string FetchByBitmap = "SET LOCAL enable_indexscan = off; SET LOCAL enable_seqscan = off";

    /// <summary>The probe was wrong and there are more than the cap: back to the filing-date walk for the page.</summary>
    public const string PageAfterAll = "SET LOCAL enable_indexscan = on; SET LOCAL enable_bitmapscan = off";

    /// <summary>After the page, the facets look a list of ids up by primary key: the planner's own choice again.</summary>
    public const string PlannerDefaults =
        "SET LOCAL enable_seqscan = DEFAULT; SET LOCAL enable_bitmapscan = DEFAULT; SET LOCAL enable_indexscan = DEFAULT";

    /// <summary>What the page needs of each of a few matches to rank them in memory.</summary>
    public sealed record Candidate(Guid Id, DateOnly FiledOn, string ApplicationNumber);

    /// <summary>The search's few matches as it fetches them (<see cref="IpSearchSql.Candidates"/>), planned as PostgreSQL likes.</summary>
    public static Task<List<Candidate>> CandidatesAsync(IpDbContext db, bool readsUnpublished, IpSearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new IpSearchCommands(db).CandidatesAsync(IpSearchSql.For(request, readsUnpublished).Candidates(), null, cancellationToken);
    }

    /// <summary>The order of <see cref="IpSearch.Newest"/>, in memory: the database compares these numbers as bytes (C.UTF-8).</summary>
    public static IEnumerable<Guid> Newest(IEnumerable<Candidate> candidates) =>
        candidates.OrderByDescending(c => c.FiledOn).ThenBy(c => c.ApplicationNumber, StringComparer.Ordinal).Select(c => c.Id);

    /// <summary>The way a text search goes, from its probe.</summary>
    public enum Way
    {
        /// <summary>Few matches: one bitmap fetch, ranked in memory.</summary>
        FetchFew,

        /// <summary>Many: count up to the cap by a sequential scan, then walk the filing-date index.</summary>
        CountAndWalk,

        /// <summary>Certainly more than the cap: no count at all, only the walk for the page.</summary>
        WalkOnly,
    }

    /// <summary>
    /// Every sampled page holding a match holds at least one, so pages × (table rows / sample rows) is
    /// a lower bound of the matches that a cluster of matches in a few pages (one owner's bulk
    /// import) cannot inflate. With 1,000 matches in 1,000 pages of a million-row table, 2,000 sampled
    /// rows (some 150 pages) meet 2.5 of those pages on average; 15 or more happen about once in
    /// 15 million searches (Poisson). Below that, or on a table never analysed, the count runs.
    /// </summary>
    public static Way Choose(int sampledMatches, int sampledPages, double tableRows) =>
        sampledMatches < DenseMatches ? Way.FetchFew
        : sampledPages >= SpreadPages && sampledPages * tableRows / SampleRows >= CertainMatches ? Way.WalkOnly
        : Way.CountAndWalk;

    /// <summary>
    /// The probe's matches (ids, for the facets) and the way it chose, from the table pages the
    /// matches lie in and the table's rows as last counted.
    /// </summary>
    public sealed record ProbeResult(IReadOnlyList<Guid> Matches, Way Way)
    {
        public int Pages { get; init; }

        public double TableRows { get; init; }
    }

    /// <summary>The probe on its own (a search sends it with the exact-number look-up: IpSearch.RunAsync).</summary>
    public static async Task<ProbeResult> ProbeAsync(IpDbContext db, bool readsUnpublished, IpSearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var probe = IpSearchSql.For(request, readsUnpublished).Probe();
        return (await new IpSearchCommands(db).ExactAndProbeAsync(null, probe, cancellationToken)).Probe;
    }

    /// <summary>The way to go from what the probe read: its matches, the table pages they lie in, the table's rows as last counted.</summary>
    public static ProbeResult From(IReadOnlyList<Guid> matches, int pages, double tableRows)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return new ProbeResult(matches, Choose(matches.Count, pages, tableRows)) { Pages = pages, TableRows = tableRows };
    }
}
