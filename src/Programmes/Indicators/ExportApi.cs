using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.Measures;
using StPlatform.Programmes.Plans;
using StPlatform.ServiceDefaults.Export;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Indicators;

/// <summary>A programme's indicators and progress as a workbook the DOST can file or forward.</summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{ProgrammeDocumentApi.Prefix}/{{id:guid}}/export.xlsx", ExportDocument)
            .WithTags("Programme documents")
            .WithName(nameof(ExportDocument))
            .WithSummary("Downloads the document's indicators (targets, values per year with sources, colour) and task progress as .xlsx.")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<IResult> ExportDocument(
        Guid id, ProgrammesDbContext db, CurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().VisibleTo(user).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }
        var reports = await IndicatorReport.LoadAsync(db, id, clock, cancellationToken);
        var progress = PlanProgress.From(await db.Facts.AsNoTracking().Where(f => f.PlanId == id).ToListAsync(cancellationToken));
        var name = $"chi-tieu-{new string([.. document.Number.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')])}.xlsx";
        return ExcelWorkbook.File(name, IndicatorsSheet(reports), ValuesSheet(reports), ProgressSheet(document, progress));
    }

    private static ExcelSheet IndicatorsSheet(List<IndicatorReport> reports) => new(
        "Chỉ tiêu",
        ["Chỉ tiêu / Indicator", "Đơn vị / Unit", "Chiều / Direction", "Năm cơ sở / Baseline year", "Giá trị cơ sở / Baseline",
            "Mục tiêu / Targets", "Năm đo / Year measured", "Giá trị / Value", "Kế hoạch / Planned", "Đánh giá / Status"],
        reports.Select(r => (IReadOnlyList<object?>)
        [
            r.Indicator.Name, r.Indicator.Unit, IndicatorLabels.Direction(r.Indicator.Direction), r.Indicator.BaselineYear, r.Indicator.BaselineValue,
            string.Join("; ", r.Indicator.Targets.OrderBy(t => t.Year).Select(t => $"{t.Year}: {IndicatorChart.Number(t.Value)}")),
            r.Latest?.Year, r.Latest?.Value, r.Latest is { } l ? decimal.Round(r.ExpectedIn(l.Year), 2) : null,
            $"{Trajectory.Vietnamese(r.Colour)} / {Trajectory.English(r.Colour)}",
        ]));

    private static ExcelSheet ValuesSheet(List<IndicatorReport> reports) => new(
        "Số liệu",
        ["Chỉ tiêu / Indicator", "Năm / Year", "Giá trị / Value", "Nguồn / Source"],
        reports.SelectMany(r => r.Values.Select(v => (IReadOnlyList<object?>)
        [
            r.Indicator.Name, v.Year, v.Value,
            v.Source ?? string.Join("; ", v.Facts.Select(f => $"{f.Kind} {f.Reference} {f.SubjectId} (event {f.EventId})")),
        ])));

    private static ExcelSheet ProgressSheet(ProgrammeDocument document, PlanProgress progress) => new(
        "Tiến độ",
        ["Văn bản / Document", "Tổng nhiệm vụ / Tasks", "Hoàn thành / Completed", "Đúng hạn / On time", "Quá hạn / Overdue", "Tóm tắt / Summary"],
        [[document.Number, progress.Total, progress.Completed, progress.CompletedOnTime, progress.Overdue, progress.Vietnamese]]);
}
