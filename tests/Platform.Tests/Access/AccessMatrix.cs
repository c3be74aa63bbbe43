namespace StPlatform.Platform.Tests.Access;

/// <summary>The rows of <c>access-matrix.csv</c>, as xunit theory data.</summary>
public static class AccessMatrix
{
    public static TheoryData<string, string, string, int> Rows()
    {
        var rows = new TheoryData<string, string, string, int>();
        var file = Path.Combine(AppContext.BaseDirectory, "Access", "access-matrix.csv");
        foreach (var line in File.ReadLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1))
        {
            var cells = line.Split(',');
            rows.Add(cells[0], cells[1], cells[2], int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture));
        }
        return rows;
    }
}
