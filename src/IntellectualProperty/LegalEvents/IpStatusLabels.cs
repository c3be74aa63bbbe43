namespace StPlatform.IntellectualProperty.LegalEvents;

public static class IpStatusLabels
{
    public static string Vietnamese(IpStatus status) => status switch
    {
        IpStatus.Filed => "đã nộp đơn",
        IpStatus.FormalityAccepted => "đơn hợp lệ",
        IpStatus.Published => "đã công bố",
        IpStatus.ExaminationRequested => "đang thẩm định nội dung",
        IpStatus.InForce => "đang có hiệu lực",
        IpStatus.FormalityRefused => "từ chối chấp nhận đơn",
        IpStatus.Refused => "từ chối cấp văn bằng",
        IpStatus.Lapsed => "mất hiệu lực",
        IpStatus.Expired => "hết hạn",
        IpStatus.Invalidated => "bị hủy bỏ",
        _ => status.ToString(),
    };

    public static string English(IpStatus status) => status switch
    {
        IpStatus.Filed => "filed",
        IpStatus.FormalityAccepted => "accepted as to form",
        IpStatus.Published => "published",
        IpStatus.ExaminationRequested => "under substantive examination",
        IpStatus.InForce => "in force",
        IpStatus.FormalityRefused => "refused as to form",
        IpStatus.Refused => "refused",
        IpStatus.Lapsed => "lapsed",
        IpStatus.Expired => "expired",
        IpStatus.Invalidated => "invalidated",
        _ => status.ToString(),
    };

    public static string Vietnamese(LegalEventKind kind) => kind switch
    {
        LegalEventKind.Filed => "Nộp đơn",
        LegalEventKind.FormalityAccepted => "Chấp nhận đơn hợp lệ",
        LegalEventKind.FormalityRefused => "Từ chối chấp nhận đơn",
        LegalEventKind.Published => "Công bố đơn",
        LegalEventKind.ExaminationRequested => "Yêu cầu thẩm định nội dung",
        LegalEventKind.Granted => "Cấp văn bằng bảo hộ",
        LegalEventKind.Refused => "Từ chối cấp văn bằng",
        LegalEventKind.AnnuityPaid => "Nộp phí duy trì hiệu lực",
        LegalEventKind.RenewalPaid => "Gia hạn hiệu lực",
        LegalEventKind.LicenceRecorded => "Đăng ký hợp đồng li-xăng",
        LegalEventKind.AssignmentRecorded => "Đăng ký chuyển nhượng",
        LegalEventKind.Lapsed => "Chấm dứt hiệu lực",
        LegalEventKind.Expired => "Hết thời hạn bảo hộ",
        LegalEventKind.Invalidated => "Hủy bỏ hiệu lực",
        LegalEventKind.Restored => "Khôi phục hiệu lực",
        _ => kind.ToString(),
    };

    public static string English(LegalEventKind kind) => kind switch
    {
        LegalEventKind.FormalityAccepted => "formality accepted",
        LegalEventKind.FormalityRefused => "formality refused",
        LegalEventKind.ExaminationRequested => "examination requested",
        LegalEventKind.AnnuityPaid => "annuity paid",
        LegalEventKind.RenewalPaid => "renewal paid",
        LegalEventKind.LicenceRecorded => "licence recorded",
        LegalEventKind.AssignmentRecorded => "assignment recorded",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
