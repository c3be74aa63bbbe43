using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StPlatform.Programmes.Tests.Documents;

namespace StPlatform.Programmes.Tests.Indicators;

[Collection(SharedProgrammesService.Name)]
public sealed class ExportTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Export_is_a_workbook_with_the_indicators_their_values_and_the_progress()
    {
        using var client = fixture.CreateClient();
        var (location, _, _) = await SampleDocuments.CreateAsync(client);
        using var added = await client.PostAsJsonAsync(new Uri($"{location}/indicators", UriKind.Relative), IndicatorApiTests.Tfp);
        var id = (await added.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        using var measured = await client.PostAsJsonAsync(new Uri($"{location}/indicators/{id}/measurements", UriKind.Relative), new { year = 2023, value = 38.2, source = "Báo cáo năm 2023" });

        using var response = await client.GetAsync(new Uri($"{location}/export.xlsx", UriKind.Relative));
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheets = workbook.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value).ToList();
        var text = string.Join("|", workbook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Select(c => CellText(workbook, c)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Chỉ tiêu", "Số liệu", "Tiến độ"], sheets);
        Assert.Contains("Tỷ lệ đóng góp của TFP vào tăng trưởng kinh tế", text, StringComparison.Ordinal);
        Assert.Contains("2025: 40; 2030: 45", text, StringComparison.Ordinal);
        Assert.Contains("Báo cáo năm 2023", text, StringComparison.Ordinal);
        Assert.Contains("0/0 hoàn thành, 0 quá hạn", text, StringComparison.Ordinal);
    }

    private static string CellText(SpreadsheetDocument workbook, Cell cell) =>
        cell.DataType?.Value == CellValues.SharedString
            ? workbook.WorkbookPart!.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(cell.InnerText, System.Globalization.CultureInfo.InvariantCulture)).InnerText
            : cell.InnerText;
}
