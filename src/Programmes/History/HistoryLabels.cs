namespace StPlatform.Programmes.History;

public static class HistoryLabels
{
    public static string Vietnamese(HistoryAction action) => action switch
    {
        HistoryAction.Registered => "Đăng ký",
        HistoryAction.Edited => "Sửa dự thảo",
        HistoryAction.Issued => "Ban hành",
        HistoryAction.Amended => "Sửa đổi",
        HistoryAction.StatusChanged => "Đổi trạng thái",
        HistoryAction.IndicatorAdded => "Thêm chỉ tiêu",
        HistoryAction.MeasurementRecorded => "Nhập số liệu",
        HistoryAction.AnnexChanged => "Sửa phụ lục",
        HistoryAction.CommitteeChanged => "Ban chỉ đạo",
        HistoryAction.AttachmentAdded => "Thêm tệp đính kèm",
        HistoryAction.AttachmentRemoved => "Xóa tệp đính kèm",
        _ => action.ToString(),
    };
}
