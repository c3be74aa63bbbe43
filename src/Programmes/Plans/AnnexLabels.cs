using StPlatform.Contracts.Programmes;

namespace StPlatform.Programmes.Plans;

public static class AnnexLabels
{
    public static string Deadline(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Quarter => "Theo quý / By quarter",
        DeadlineKind.Year => "Theo năm / By year",
        _ => "Ngày cụ thể / On a date",
    };

    public static string Recurrence(ReportingPeriod period) => period switch
    {
        ReportingPeriod.Quarterly => "Hằng quý / Quarterly",
        ReportingPeriod.SixMonthly => "6 tháng / Six-monthly",
        _ => "Hằng năm / Yearly",
    };
}
