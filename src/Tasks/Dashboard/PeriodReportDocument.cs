using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StPlatform.ServiceDefaults;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Dashboard;

/// <summary>
/// The six-month (sơ kết) or annual (tổng kết) report the DOST sends: the city-wide figures, each
/// unit's KPI, and the list of late tasks, as a Word document in Vietnamese.
/// </summary>
public static class PeriodReportDocument
{
    public static byte[] Write(CalendarPeriod period, DateOnly today, IReadOnlyList<Figures> units, IReadOnlyList<TaskResponse> lateTasks)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(lateTasks);
        var total = Figures.Sum("Toàn thành phố", units);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            body.Append(Paragraph($"BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ – {period.Label.ToUpperInvariant()}", bold: true, size: 28));
            body.Append(Paragraph($"Số liệu đến ngày {Display.Date(today)}; hạn báo cáo kỳ này: {Display.Date(period.DueDate)}."));
            body.Append(Paragraph($"1. Kết quả chung: {total.Summary}; tỷ lệ hoàn thành đúng hạn {Figures.Percent(total.OnTimeShare)}; "
                + $"báo cáo đúng hạn {total.ReportsOnTime}/{total.Reports}."));
            body.Append(Paragraph("2. Kết quả theo đơn vị chủ trì", bold: true));
            body.Append(Table(["Đơn vị", "Hoàn thành/Được giao", "Đúng hạn", "Quá hạn", "Báo cáo đúng hạn"],
                units.Select(u => (IReadOnlyList<string>)[u.Name, $"{u.Completed}/{u.Total}", Figures.Percent(u.OnTimeShare), $"{u.Overdue}", $"{u.ReportsOnTime}/{u.Reports}"])));
            body.Append(Paragraph($"3. Danh sách nhiệm vụ chậm tiến độ ({lateTasks.Count})", bold: true));
            body.Append(lateTasks.Count == 0
                ? Paragraph("Không có nhiệm vụ chậm tiến độ.")
                : Table(["Nhiệm vụ", "Chủ trì", "Thời hạn", "Tình hình"],
                    lateTasks.Select(t => (IReadOnlyList<string>)[t.Title, Labels.Leads(t), Labels.Deadline(t), Labels.Standing(t.Standing)])));
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, bool bold = false, int size = 24)
    {
        var properties = new RunProperties(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.Append(new Bold());
        }
        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(headers, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }
        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, bool bold) =>
        new(cells.Select(cell => new TableCell(Paragraph(cell, bold))));
}
