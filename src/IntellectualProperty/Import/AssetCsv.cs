using System.Globalization;
using StPlatform.IntellectualProperty.Assets;

namespace StPlatform.IntellectualProperty.Import;

/// <summary>
/// The import file's columns, named in its header row (any order): objectType, title, titleEn,
/// applicationNumber, filedOn (yyyy-MM-dd or dd/MM/yyyy), owners ("name; tax code", several joined
/// by "|"), applicants, inventors ("|"), classes ("|"), agent. Each row becomes the API's request.
/// </summary>
public static class AssetCsv
{
    public static readonly string[] Columns =
        ["objectType", "title", "titleEn", "applicationNumber", "filedOn", "owners", "applicants", "inventors", "classes", "agent"];

    private static readonly string[] RequiredColumns = ["objectType", "title", "applicationNumber", "filedOn", "owners"];

    public static string? MissingColumn(IReadOnlyList<string> header) =>
        RequiredColumns.FirstOrDefault(c => !header.Select(h => h.Trim()).Contains(c, StringComparer.OrdinalIgnoreCase));

    public static (CreateIpAssetRequest Request, string? DateError) ToRequest(IReadOnlyList<string> header, IReadOnlyList<string> row)
    {
        ArgumentNullException.ThrowIfNull(header);
        string? Get(string column)
        {
            var i = header.ToList().FindIndex(h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
            return i >= 0 && i < row.Count && !string.IsNullOrWhiteSpace(row[i]) ? row[i].Trim() : null;
        }
        string[]? List(string column) => Get(column)?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        var filed = Get("filedOn");
        DateOnly? filedOn = null;
        string? dateError = null;
        if (filed is not null)
        {
            if (DateOnly.TryParseExact(filed, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                filedOn = parsed;
            }
            else
            {
                dateError = $"\"{filed}\" không phải ngày dạng dd/MM/yyyy. / \"{filed}\" is not a date like dd/MM/yyyy.";
            }
        }
        var owners = List("owners")?.Select(o => o.Split(';', 2, StringSplitOptions.TrimEntries)).Select(p => new OwnerInput(p[0], p.Length > 1 ? p[1] : null)).ToList();
        return (new CreateIpAssetRequest(Get("objectType"), Get("title"), Get("applicationNumber"), filedOn, owners,
            Get("titleEn"), List("applicants"), List("inventors"), List("classes"), Agent: Get("agent")), dateError);
    }
}
