using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Directory;

/// <summary>A search's results as rows for CSV and Excel: the same columns, Vietnamese headers first.</summary>
public static class DirectoryExport
{
    /// <summary>An export is the whole search, within reason: a city directory is thousands of rows.</summary>
    public const int MaxRows = 10_000;

    public static readonly IReadOnlyList<string> Headers =
    [
        "Tên / Name", "Tên tiếng Anh / English name", "Mã số thuế / Tax code", "Loại hình / Type",
        "Quận, huyện / District", "Năm thành lập / Founded", "Giai đoạn / Stage", "Lĩnh vực / Sectors",
        "Chứng nhận DN KH&CN / S&T certified", "Website",
    ];

    public static async Task<List<IReadOnlyList<object?>>> RowsAsync(IQueryable<Organisation> results, CancellationToken cancellationToken)
    {
        var organisations = await results.OrderBy(o => o.Name).ThenBy(o => o.TaxCode).Take(MaxRows)
            .Select(o => new { o.Name, o.NameEn, o.TaxCode, o.Type, o.District, o.FoundedYear, o.Stage, o.Sectors, o.Website, Certified = o.Certificates.Any(c => c.RevokedOn == null) })
            .ToListAsync(cancellationToken);
        return [.. organisations.Select(o => (IReadOnlyList<object?>)
        [
            o.Name, o.NameEn, o.TaxCode, OrganisationTypeLabels.Vietnamese(o.Type), o.District, o.FoundedYear,
            o.Stage?.ToString(), string.Join("; ", o.Sectors.Select(SectorCatalogue.Label)), o.Certified, o.Website,
        ])];
    }

    /// <summary>
    /// RFC 4180 CSV with a BOM so Excel reads the diacritics; a cell starting with = + - @ is
    /// prefixed with an apostrophe so a spreadsheet never runs it as a formula.
    /// </summary>
    public static string Csv(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var csv = new StringBuilder("\uFEFF");
        csv.AppendJoin(',', Headers.Select(Cell)).Append("\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => string.Empty,
            bool flag => flag ? "có / yes" : "không / no",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal))
        {
            text = "'" + text;
        }
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
