namespace StPlatform.Programmes.Indicators;

public static class IndicatorLabels
{
    public static string Measure(IndicatorMeasure measure) => measure switch
    {
        IndicatorMeasure.Manual => "Nhập từ báo cáo / from reports",
        IndicatorMeasure.PatentsProtected => "Đếm sáng chế, giải pháp hữu ích được bảo hộ / counted: patents protected",
        IndicatorMeasure.IpCommercialised => "Đếm tài sản trí tuệ được thương mại hóa / counted: IP commercialised",
        IndicatorMeasure.StEnterprises => "Đếm doanh nghiệp KH&CN / counted: S&T enterprises",
        IndicatorMeasure.StartupsSupported => "Đếm khởi nghiệp được hỗ trợ / counted: startups supported",
        IndicatorMeasure.TasksCompleted => "Đếm nhiệm vụ hoàn thành / counted: tasks completed",
        _ => measure.ToString(),
    };

    public static string Direction(IndicatorDirection direction) => direction == IndicatorDirection.AtLeast
        ? "Tối thiểu / at least" : "Tối đa / at most";
}
