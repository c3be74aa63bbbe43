using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.ServiceDefaults.Export;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty.Search;

public static class ExportApi
{
    /// <summary>A workbook is built in memory: beyond this many rows a reader should narrow the search.</summary>
    public const int MaxRows = 20_000;

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(IpAssetApi.Prefix).WithTags("IP assets")
            .MapGet("/export.xlsx", ExportAssets)
            .WithName(nameof(ExportAssets))
            .WithSummary("The search's results (same filters, up to 20,000 rows) as an Excel workbook.")
            .Produces(StatusCodes.Status200OK, contentType: ExcelWorkbook.ContentType);
        return app;
    }

    public static async Task<IResult> ExportAssets(
        [AsParameters] IpSearchRequest search, IpDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var filtered = IpSearch.Filter(db.Assets.VisibleTo(user.ReadsUnpublished()), search);
        var rows = await IpSearch.Rank(filtered, search).Take(MaxRows)
            .Select(a => new
            {
                a.ApplicationNumber, a.ObjectType, a.Title, a.TitleEn, a.FiledOn, a.PublicationNumber, a.PublishedOn, a.GrantNumber, a.GrantedOn,
                a.Status, a.ProtectionEndsOn, a.NextDueOn, a.Classes,
                Owners = a.Owners.OrderBy(o => o.Position).Select(o => o.TaxCode == null ? o.Name : o.Name + " (" + o.TaxCode + ")").ToList(),
                a.Inventors,
            })
            .ToListAsync(cancellationToken);
        return ExcelWorkbook.File("dang-ky-tai-san-tri-tue.xlsx", new ExcelSheet("Tài sản trí tuệ",
            ["Số đơn / Application no.", "Đối tượng / Object", "Tên / Title", "Tên tiếng Anh / English title", "Ngày nộp đơn / Filed",
             "Số công bố / Publication no.", "Ngày công bố / Published", "Số văn bằng / Grant no.", "Ngày cấp / Granted",
             "Trạng thái / Status", "Hết hạn bảo hộ / Protection ends", "Hạn nộp phí / Next fee due", "Phân loại / Classes",
             "Chủ sở hữu / Owners", "Tác giả / Inventors"],
            rows.Select(a => (IReadOnlyList<object?>)
            [
                a.ApplicationNumber, IpObjectTypeLabels.Vietnamese(a.ObjectType), a.Title, a.TitleEn, a.FiledOn, a.PublicationNumber, a.PublishedOn,
                a.GrantNumber, a.GrantedOn, IpStatusLabels.Vietnamese(a.Status), a.ProtectionEndsOn, a.NextDueOn,
                string.Join(", ", a.Classes), string.Join("; ", a.Owners), string.Join("; ", a.Inventors),
            ])));
    }
}
