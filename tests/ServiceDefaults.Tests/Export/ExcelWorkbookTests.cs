using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StPlatform.ServiceDefaults.Export;

namespace StPlatform.ServiceDefaults.Tests.Export;

public sealed class ExcelWorkbookTests
{
    [Fact]
    public void A_sheet_keeps_Vietnamese_text_numbers_and_dates_a_spreadsheet_can_sort()
    {
        var bytes = ExcelWorkbook.Write(new ExcelSheet("Chỉ tiêu", ["Tên chỉ tiêu", "Mục tiêu", "Hạn", "Đạt"],
        [
            ["Tỷ lệ đóng góp của TFP vào tăng trưởng", 45m, new DateOnly(2030, 12, 31), false],
            ["Số doanh nghiệp KH&CN", 5, null, true],
        ]));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("Chỉ tiêu", sheet.Name?.Value);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(3, rows.Count);
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("Tỷ lệ đóng góp của TFP vào tăng trưởng", first[0].InnerText);
        Assert.Equal("45", first[1].CellValue?.Text);
        Assert.Equal(new DateTime(2030, 12, 31), DateTime.FromOADate(double.Parse(first[2].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var dateFormat = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)first[2].StyleIndex!.Value);
        Assert.Equal("dd/mm/yyyy", workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == dateFormat.NumberFormatId!.Value).FormatCode?.Value);
        Assert.Equal(CellValues.Boolean, first[3].DataType?.Value);
        Assert.Empty(rows[2].Elements<Cell>().ElementAt(2).InnerText);
    }

    [Fact]
    public void A_sheet_name_Excel_would_refuse_is_cleaned_and_shortened()
    {
        var bytes = ExcelWorkbook.Write(new ExcelSheet("Tiến độ [Kế hoạch 2629/KH-UBND] năm 2025", ["A"], []));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var name = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value!;
        Assert.True(name.Length <= 31);
        Assert.DoesNotContain(name, c => "[]:*?/\\".Contains(c, StringComparison.Ordinal));
    }
}
