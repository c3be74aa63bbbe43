using System.Globalization;
using System.Text;
using Npgsql;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.ServiceDefaults.Text;

namespace StPlatform.IntellectualProperty.Search;

/// <summary>A statement and its positional parameters ($1, $2, ...), in order.</summary>
public sealed record SqlStatement(string Sql, IReadOnlyList<object> Values)
{
    /// <summary>
    /// The planner <paramref name="settings"/> (<c>SET LOCAL a; SET LOCAL b</c>, or null), then this
    /// statement: one round trip. A batch, not one command text: positional parameters are sent
    /// unparsed, one statement a command.
    /// </summary>
    public NpgsqlBatch ToBatch(NpgsqlConnection connection, NpgsqlTransaction? transaction, string? settings) =>
        ToBatch(connection, transaction, settings, [this]);

    /// <summary>The planner <paramref name="settings"/>, then <paramref name="statements"/>, each with its rows: one round trip.</summary>
    public static NpgsqlBatch ToBatch(NpgsqlConnection connection, NpgsqlTransaction? transaction, string? settings, IEnumerable<SqlStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var batch = new NpgsqlBatch(connection, transaction);
        foreach (var setting in settings?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(setting));
        }
        foreach (var (sql, values) in statements)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var value in values)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            batch.BatchCommands.Add(command);
        }
        return batch;
    }
}

/// <summary>
/// A search's statements as SQL, written here rather than by EF Core: a search sends three or four
/// statements, and EF Core's work on each (walking the expression tree for its parameters, its
/// caches, materialising) cost about 2 ms of a 10 ms search (bench/README.md, "Where the fixed cost
/// goes"). The filter is the same as <see cref="IpSearch.Filter"/>, which the export and the facets
/// still use; the tests hold the two to the same matches.
/// </summary>
public sealed class IpSearchSql
{
    /// <summary>The columns of an <see cref="IpAssetSummary"/>, the owners' names in their order.</summary>
    public const string SummaryColumns = """
        a.id, a.object_type, a.title, a.application_number, a.filed_on, a.grant_number, a.status,
        ARRAY(SELECT o.name FROM ip_asset_owners AS o WHERE o.asset_id = a.id ORDER BY o.position) AS owners,
        a.classes, a.protection_ends_on, a.next_due_on
        """;

    private const string NewestOrder = "ORDER BY a.filed_on DESC, a.application_number";

    /// <summary>
    /// The length of the pieces the number-gram index holds of every word with a digit
    /// (<c>ip_number_grams</c>, migration NumberGrams): a query word as long as that, with a digit,
    /// is found by its pieces instead of its trigrams, which most numbers share.
    /// </summary>
    public const int NumberGramLength = 5;

    private readonly string where;
    private readonly List<object> values;
    private readonly string numberGrams;

    private IpSearchSql(string where, List<object> values, string numberGrams) =>
        (this.where, this.values, this.numberGrams) = (where, values, numberGrams);

    /// <summary>The filter of <paramref name="request"/> as a WHERE clause over <c>ip_assets AS a</c>.</summary>
    public static IpSearchSql For(IpSearchRequest request, bool readsUnpublished)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new List<object>();
        var where = new StringBuilder(readsUnpublished ? "TRUE" : $"(a.published_on IS NOT NULL OR a.granted_on IS NOT NULL OR a.status = '{IpStatus.Refused}')");
        string Next(object value)
        {
            values.Add(value);
            return "$" + values.Count.ToString(CultureInfo.InvariantCulture);
        }
        var numberGrams = new StringBuilder();
        foreach (var word in IpSearch.Words(request.Q))
        {
            if (HasNumberGrams(word))
            {
                // The same test as LIKE '%word%', but one the trigram index cannot answer: the planner
                // then takes the number grams alone (Candidates) instead of adding a bitmap of the
                // number's trigrams, which most assets share.
                var parameter = Next(word);
                where.Append(" AND strpos(a.search_text, ").Append(parameter).Append(") > 0");
                numberGrams.Append(" AND ip_number_grams(a.search_text) @> ip_number_grams(").Append(parameter).Append(')');
                continue;
            }
            // The pattern escapes %, _ and \ with a backslash, PostgreSQL's own escape character.
            where.Append(" AND a.search_text LIKE ").Append(Next(VietnameseText.LikePattern(word)));
        }
        if (!string.IsNullOrWhiteSpace(request.Type))
        {
            where.Append(Enum.TryParse<IpObjectType>(request.Type, ignoreCase: true, out var type)
                ? " AND a.object_type = " + Next(type.ToString()) : " AND FALSE");
        }
        if (!string.IsNullOrWhiteSpace(request.Status))
        {
            where.Append(Enum.TryParse<IpStatus>(request.Status, ignoreCase: true, out var status)
                ? " AND a.status = " + Next(status.ToString()) : " AND FALSE");
        }
        if (!string.IsNullOrWhiteSpace(request.Class))
        {
            where.Append(" AND a.classes @> ARRAY[").Append(Next(request.Class.Trim().ToUpperInvariant())).Append("::text]");
        }
        if (request.Year is { } year)
        {
            var from = Math.Clamp(year, 1, 9998);
            where.Append(" AND a.filed_on >= ").Append(Next(new DateOnly(from, 1, 1)))
                .Append(" AND a.filed_on < ").Append(Next(new DateOnly(from + 1, 1, 1)));
        }
        if (!string.IsNullOrWhiteSpace(request.Owner))
        {
            where.Append(" AND EXISTS (SELECT 1 FROM ip_asset_owners AS w WHERE w.asset_id = a.id AND w.tax_code = ")
                .Append(Next(request.Owner.Trim())).Append(')');
        }
        return new IpSearchSql(where.ToString(), values, numberGrams.ToString());
    }

    /// <summary>Whether the number-gram index holds the pieces of <paramref name="word"/>: it has a digit and is long enough.</summary>
    public static bool HasNumberGrams(string word) =>
        word.Any(char.IsAsciiDigit) && word.EnumerateRunes().Count() >= NumberGramLength;

    /// <summary>
    /// The matches among <see cref="IpSearchPlan.SampleRows"/> rows sampled over the table, each
    /// with the table page it lies in, and the table's rows as PostgreSQL last counted them (-1
    /// before any ANALYZE; read once, and only when something matched): what
    /// <see cref="IpSearchPlan.Choose"/> needs, in the probe's own round trip.
    /// </summary>
    public SqlStatement Probe() => Statement($"""
        SELECT a.id, (a.ctid::text::point)[0]::int AS page,
               (SELECT reltuples FROM pg_class WHERE oid = 'ip_assets'::regclass)::float8 AS table_rows
        FROM ip_assets AS a TABLESAMPLE SYSTEM_ROWS({IpSearchPlan.SampleRows}) WHERE {where}
        """);

    /// <summary>
    /// The matches whose application, publication or grant number is <paramref name="number"/>, by
    /// application number. The numbers' btree indexes find those assets first (a materialised CTE, so
    /// the planner cannot start from the words instead), then the filter keeps the ones it matches.
    /// </summary>
    public SqlStatement ExactNumber(string number) => Statement($"""
        WITH numbered AS MATERIALIZED (
            SELECT n.id FROM ip_assets AS n
            WHERE n.application_number = {NextParameter} OR n.grant_number = {NextParameter} OR n.publication_number = {NextParameter})
        SELECT a.id FROM ip_assets AS a WHERE {where} AND a.id IN (SELECT id FROM numbered) ORDER BY a.application_number
        """, number);

    /// <summary>The matches up to one past the cap: their ids, or only how many.</summary>
    public SqlStatement UpToCap(bool listed) => listed
        ? Statement($"SELECT a.id FROM ip_assets AS a WHERE {where} LIMIT {IpSearch.CountCap + 1}")
        : Statement($"SELECT count(*)::int FROM (SELECT 1 FROM ip_assets AS a WHERE {where} LIMIT {IpSearch.CountCap + 1}) AS matches");

    /// <summary>
    /// What ranks a few matches in memory (<see cref="IpSearchPlan.Candidate"/>), up to one past the
    /// cap, from a bitmap: of the trigram index for the words, of the number-gram index for the words
    /// with a digit. Only here: any other statement would work the pieces out again for every row it reads.
    /// </summary>
    public SqlStatement Candidates() =>
        Statement($"SELECT a.id, a.filed_on, a.application_number FROM ip_assets AS a WHERE {where}{numberGrams} LIMIT {IpSearch.CountCap + 1}");

    /// <summary>A page of the newest matches, leaving out <paramref name="exact"/> (the exact-number matches shown first).</summary>
    public SqlStatement Newest(IReadOnlyList<Guid> exact, int offset, int take) => exact.Count == 0
        ? Statement($"SELECT {SummaryColumns} FROM ip_assets AS a WHERE {where} {NewestOrder} LIMIT {take} OFFSET {offset}")
        : Statement($"SELECT {SummaryColumns} FROM ip_assets AS a WHERE {where} AND NOT a.id = ANY({NextParameter}) {NewestOrder} LIMIT {take} OFFSET {offset}",
            exact.ToArray());

    /// <summary>A page of the exact-number matches, by application number.</summary>
    public SqlStatement Exact(IReadOnlyList<Guid> exact, int offset, int take) =>
        Statement($"SELECT {SummaryColumns} FROM ip_assets AS a WHERE {where} AND a.id = ANY({NextParameter}) ORDER BY a.application_number LIMIT {take} OFFSET {offset}",
            exact.ToArray());

    /// <summary>The rows of <paramref name="ids"/> that the search matches, in no order.</summary>
    public SqlStatement Rows(IReadOnlyList<Guid> ids) =>
        Statement($"SELECT {SummaryColumns} FROM ip_assets AS a WHERE {where} AND a.id = ANY({NextParameter})", ids.ToArray());

    /// <summary>The parameter after the filter's, for a statement's own list of ids.</summary>
    private string NextParameter => "$" + (values.Count + 1).ToString(CultureInfo.InvariantCulture);

    private SqlStatement Statement(string sql, params object[] extra) => new(sql, [.. values, .. extra]);
}
