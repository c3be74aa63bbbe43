using StPlatform.Startups.Certificates;
using StPlatform.Startups.Portfolio;
using StPlatform.Startups.Support;
using StPlatform.Contracts.IntellectualProperty;

namespace StPlatform.Startups.Organisations;

/// <summary>What the pages show for each coded value, Vietnamese first.</summary>
public static class Labels
{
    public static string Stage(Stage? stage) => stage switch
    {
        Organisations.Stage.Idea => "Ý tưởng / Idea",
        Organisations.Stage.Prototype => "Sản phẩm mẫu / Prototype",
        Organisations.Stage.EarlyStage => "Giai đoạn đầu / Early stage",
        Organisations.Stage.Growth => "Tăng trưởng / Growth",
        Organisations.Stage.Expansion => "Mở rộng / Expansion",
        Organisations.Stage.Mature => "Trưởng thành / Mature",
        _ => "—",
    };

    public static string State(VerificationState state) => state switch
    {
        VerificationState.Submitted => "Mới gửi / Submitted",
        VerificationState.PendingVerification => "Đang xác minh / Pending verification",
        VerificationState.Verified => "Đã xác minh / Verified",
        VerificationState.Stale => "Chưa cập nhật / Not updated",
        VerificationState.Closed => "Đã giải thể / Closed",
        VerificationState.Acquired => "Đã được mua lại / Acquired",
        VerificationState.Merged => "Đã gộp / Merged",
        _ => state.ToString(),
    };

    public static string SizeBand(SizeBand? size) => size switch
    {
        Organisations.SizeBand.Micro => "Siêu nhỏ (dưới 10 người) / Micro",
        Organisations.SizeBand.Small => "Nhỏ (10-49) / Small",
        Organisations.SizeBand.Medium => "Vừa (50-199) / Medium",
        Organisations.SizeBand.Large => "Lớn (từ 200) / Large",
        _ => "—",
    };

    public static string IpType(IpObjectType type) => type switch
    {
        IpObjectType.Patent => "Sáng chế / Patent",
        IpObjectType.UtilitySolution => "Giải pháp hữu ích / Utility solution",
        IpObjectType.IndustrialDesign => "Kiểu dáng công nghiệp / Industrial design",
        IpObjectType.Trademark => "Nhãn hiệu / Trademark",
        IpObjectType.GeographicalIndication => "Chỉ dẫn địa lý / Geographical indication",
        IpObjectType.LayoutDesign => "Thiết kế bố trí / Layout design",
        _ => type.ToString(),
    };

    public static string IpStatus(PortfolioStatus status) => status switch
    {
        PortfolioStatus.Filed => "Đã nộp đơn / Filed",
        PortfolioStatus.Granted => "Đã cấp văn bằng / Granted",
        PortfolioStatus.NoLongerInForce => "Hết hiệu lực / No longer in force",
        _ => status.ToString(),
    };

    public static string Round(RoundKind kind) => kind switch
    {
        RoundKind.PreSeed => "Tiền hạt giống / Pre-seed",
        RoundKind.Seed => "Hạt giống / Seed",
        RoundKind.SeriesA => "Vòng A / Series A",
        RoundKind.SeriesB => "Vòng B / Series B",
        RoundKind.SeriesC => "Vòng C / Series C",
        RoundKind.Later => "Vòng sau / Later stage",
        RoundKind.Grant => "Tài trợ không hoàn lại / Grant",
        _ => kind.ToString(),
    };

    public static string Certificate(CertificateStatus status) =>
        status == CertificateStatus.Valid ? "Còn hiệu lực / Valid" : "Đã thu hồi / Revoked";

    public static string Amount(decimal? millionVnd) =>
        millionVnd is { } amount ? amount.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) + " triệu đồng" : "—";
}
