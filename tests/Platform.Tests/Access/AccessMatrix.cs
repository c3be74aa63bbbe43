using System.Globalization;

namespace StPlatform.Platform.Tests.Access;

/// <summary>
/// The rows of <c>access-matrix.csv</c>, as xunit theory data: user, method, path, expected status,
/// and optionally a record whose title the body must contain and one whose title it must not.
/// </summary>
public static class AccessMatrix
{
    public static TheoryData<string, string, string, int, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string, int, string, string>();
        var file = Path.Combine(AppContext.BaseDirectory, "Access", "access-matrix.csv");
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
        {
            var cells = line.Split(',');
            rows.Add(cells[0], cells[1], cells[2], int.Parse(cells[3], CultureInfo.InvariantCulture), Cell(cells, 4), Cell(cells, 5));
        }
        return rows;
    }

    private static string Cell(string[] cells, int index) => cells.Length > index ? cells[index].Trim() : "";
}
