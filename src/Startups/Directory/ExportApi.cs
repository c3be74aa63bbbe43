using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Export;
using StPlatform.Startups.Data;

namespace StPlatform.Startups.Directory;

/// <summary>The public directory's search results as files, with the same filters as the search.</summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DirectoryApi.Prefix).WithTags("Directory");
        group.MapGet("/export.csv", ExportCsv)
            .WithName(nameof(ExportCsv))
            .WithSummary("The search's results as CSV (UTF-8 with BOM).");
        group.MapGet("/export.xlsx", ExportExcel)
            .WithName(nameof(ExportExcel))
            .WithSummary("The search's results as an Excel workbook.")
            .Produces(StatusCodes.Status200OK, contentType: ExcelWorkbook.ContentType)
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportCsv(
        [AsParameters] DirectoryQuery query, StartupsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var results = query.Apply(DirectoryQuery.Listed(db.Organisations), errors);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var csv = DirectoryExport.Csv(await DirectoryExport.RowsAsync(results, cancellationToken));
        return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "danh-ba-khoi-nghiep.csv");
    }

    public static async Task<IResult> ExportExcel(
        [AsParameters] DirectoryQuery query, StartupsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var results = query.Apply(DirectoryQuery.Listed(db.Organisations), errors);
        if (!errors.IsValid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var rows = await DirectoryExport.RowsAsync(results, cancellationToken);
        return ExcelWorkbook.File("danh-ba-khoi-nghiep.xlsx", new ExcelSheet("Danh bạ", DirectoryExport.Headers, rows));
    }
}
