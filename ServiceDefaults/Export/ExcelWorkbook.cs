using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Http;

namespace StPlatform.ServiceDefaults.Export;

/// <summary>An .xlsx workbook written from plain rows, for the exports every department asks for.</summary>
public static class ExcelWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Style indexes in the stylesheet below: 0 plain, 1 bold header, 2 date dd/MM/yyyy, 3 date and time.
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint DateTimeStyle = 3;

    /// <summary>The workbook as a download named <paramref name="fileName"/>.</summary>
    public static IResult File(string fileName, params ExcelSheet[] sheets) =>
        TypedResults.File(Write(sheets), ContentType, fileName);

    public static byte[] Write(params ExcelSheet[] sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetList = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = new Worksheet(Data(sheet));
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = SheetName(sheet.Name) });
            }
        }
        return stream.ToArray();
    }

    private static SheetData Data(ExcelSheet sheet)
    {
        var data = new SheetData();
        data.Append(new Row(sheet.Headers.Select(h => Text(h, HeaderStyle))));
        foreach (var row in sheet.Rows)
        {
            data.Append(new Row(row.Select(Cell)));
        }
        return data;
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        string s => Text(s, 0),
        bool b => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(b) },
        DateOnly d => Number(d.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle),
        DateTimeOffset t => Number(t.ToOffset(CityTime.Offset).DateTime.ToOADate(), DateTimeStyle),
        DateTime t => Number(t.ToOADate(), DateTimeStyle),
        int or long or decimal or double or float or short or uint or ulong =>
            Number(Convert.ToDouble(value, CultureInfo.InvariantCulture), 0),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, 0),
    };

    private static Cell Number(double value, uint style) =>
        new() { CellValue = new CellValue(value), StyleIndex = style == 0 ? null : style };

    // Inline strings keep each row self-contained; exports are written once and read by people.
    private static Cell Text(string value, uint style) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style == 0 ? null : style,
    };

    // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
    private static string SheetName(string name)
    {
        var cleaned = new string(name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? ' ' : c).ToArray()).Trim();
        return cleaned.Length == 0 ? "Sheet" : cleaned[..Math.Min(31, cleaned.Length)];
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" }),
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true }));
}
