using StPlatform.Contracts.Programmes;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.Indicators;
using StPlatform.Programmes.Plans;

namespace StPlatform.Programmes.Seeding;

public sealed record DemoValue(int Year, decimal Value, string Source);

public sealed record DemoIndicator(IndicatorRequest Request, params DemoValue[] Values);

public sealed record DemoDocument(string Key, DocumentFields Fields, string[] Parents, DemoIndicator[] Indicators, AnnexTaskItem[] Tasks);

/// <summary>
/// Hải Phòng's S&amp;T documents as the city's news reported them (shared/seeds): Resolution 08-NQ/TU,
/// the three programmes and three plans of 2021-2025, plan 110/KH-UBND, and the city's plan for the
/// national S&amp;T&amp;I strategy to 2030 with its numeric targets. Where the news gives no number,
/// signer or baseline, the value here is illustrative (see README).
/// </summary>
public static class DemoData
{
    private const string City = "UBND thành phố Hải Phòng";

    public static readonly IReadOnlyList<DemoDocument> Documents =
    [
        Doc("nq08", ProgrammeDocumentKind.Strategy, "08-NQ/TU", "Nghị quyết về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hoá, hiện đại hoá và hội nhập quốc tế thành phố Hải Phòng đến năm 2020, tầm nhìn đến năm 2030",
            "Ban Chấp hành Đảng bộ thành phố Hải Phòng", new DateOnly(2013, 5, 16), 2013, 2020, 2030, []),
        Doc("qd569", ProgrammeDocumentKind.Strategy, "569/QĐ-TTg", "Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030",
            "Thủ tướng Chính phủ", new DateOnly(2022, 5, 11), 2022, 2030, null, []),
        Doc("ct-tstt", ProgrammeDocumentKind.Programme, "351/QĐ-UBND", "Chương trình phát triển tài sản trí tuệ thành phố Hải Phòng giai đoạn 2021-2030",
            City, new DateOnly(2021, 3, 1), 2021, 2030, null, ["nq08"],
            Indicator("Số sáng chế, giải pháp hữu ích được bảo hộ", "văn bằng", 2020, 0, [(2025, 10), (2030, 25)], "patentsProtected")),
        Doc("ct-tiemluc", ProgrammeDocumentKind.Programme, "352/QĐ-UBND", "Chương trình tăng cường tiềm lực khoa học và công nghệ thành phố Hải Phòng giai đoạn 2021-2025",
            City, new DateOnly(2021, 3, 1), 2021, 2025, null, ["nq08"]),
        Doc("ct-hoptac", ProgrammeDocumentKind.Programme, "353/QĐ-UBND", "Chương trình đẩy mạnh hợp tác trong nước và quốc tế về khoa học và công nghệ giai đoạn 2021-2025",
            City, new DateOnly(2021, 3, 1), 2021, 2025, null, ["nq08"]),
        Doc("kh-doimoicn", ProgrammeDocumentKind.Plan, "54/KH-UBND", "Kế hoạch thực hiện Chương trình đổi mới công nghệ thành phố Hải Phòng giai đoạn 2021-2025",
            City, new DateOnly(2021, 3, 1), 2021, 2025, null, ["nq08"]),
        Doc("kh-nangsuat", ProgrammeDocumentKind.Plan, "55/KH-UBND", "Kế hoạch nâng cao năng suất và chất lượng sản phẩm, hàng hóa thành phố Hải Phòng giai đoạn 2021-2025",
            City, new DateOnly(2021, 3, 1), 2021, 2025, null, ["nq08"]),
        Doc("kh-khoinghiep", ProgrammeDocumentKind.Plan, "56/KH-UBND", "Kế hoạch phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng giai đoạn 2021-2025",
            City, new DateOnly(2021, 3, 1), 2021, 2025, null, ["nq08"],
            Indicator("Số doanh nghiệp khởi nghiệp đổi mới sáng tạo được hỗ trợ", "lượt doanh nghiệp", 2020, 0, [(2025, 50)], "startupsSupported")) with
        {
            Tasks =
            [
                Task("Đề án xây dựng Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo Hải Phòng", "II.1", ["SKHCN"], ["STC", "SKHDT"], Year(2024)),
                Task("Tổ chức sự kiện kết nối hệ sinh thái khởi nghiệp hằng năm", "II.2", ["SKHCN"], ["UBND-HB", "UBND-LC", "UBND-NQ"], null, ReportingPeriod.Yearly),
            ],
        },
        Doc("kh110", ProgrammeDocumentKind.Plan, "110/KH-UBND", "Kế hoạch phát triển khoa học, công nghệ và đổi mới sáng tạo thành phố Hải Phòng",
            City, new DateOnly(2023, 5, 1), 2023, 2025, null, ["nq08"]) with
        {
            Tasks =
            [
                Task("Tham mưu ban hành, sửa đổi văn bản quy phạm pháp luật về khoa học và công nghệ", "III.1", ["SKHCN"], [], null, ReportingPeriod.SixMonthly),
                Task("Xây dựng Chương trình KH&CN biển thành phố Hải Phòng đến năm 2030", "III.2", ["SKHCN"], ["SNNPTNT"], Quarter(2024, 4)),
                Task("Áp dụng TCVN ISO 18091:2020 tại 09 địa phương cấp quận, huyện", "III.3", [], ["SKHCN"], Year(2025)),
                Task("Xây dựng phần mềm phục vụ đánh giá đề án KPI", "III.4", ["SKHCN"], ["STTTT"], Quarter(2024, 3)),
            ],
        },
        Doc("kh-cl2030", ProgrammeDocumentKind.Plan, "188/KH-UBND", "Kế hoạch thực hiện Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030 trên địa bàn thành phố Hải Phòng",
            City, new DateOnly(2022, 8, 15), 2022, 2030, null, ["qd569", "nq08"],
            Indicator("Tỷ lệ đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế", "%", 2020, 35, [(2025, 40), (2030, 45)], null, new DemoValue(2023, 38.2m, "Báo cáo tình hình kinh tế - xã hội năm 2023 (minh họa)")),
            Indicator("Chi cho khoa học và công nghệ trên tổng chi ngân sách thành phố", "%", 2020, 0.5m, [(2025, 1), (2030, 2)], null, new DemoValue(2023, 0.6m, "Báo cáo quyết toán ngân sách năm 2023 (minh họa)")),
            Indicator("Số doanh nghiệp khoa học và công nghệ (khoảng 5 doanh nghiệp)", "doanh nghiệp", 2021, 0, [(2030, 5)], "stEnterprises"),
            Indicator("Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo (3-5%)", "%", 2021, 1, [(2030, 3)], null),
            Indicator("Số sáng chế được bảo hộ (3-5 sáng chế)", "sáng chế", 2021, 0, [(2030, 3)], "patentsProtected"),
            Indicator("Số tài sản trí tuệ được thương mại hóa (3-5 tài sản)", "tài sản", 2021, 0, [(2030, 3)], "ipCommercialised")),
    ];

    private static DemoDocument Doc(string key, ProgrammeDocumentKind kind, string number, string title, string issuer, DateOnly signedOn,
        int start, int end, int? vision, string[] parents, params DemoIndicator[] indicators) =>
        new(key, new DocumentFields(kind, number, title, issuer, null, signedOn, signedOn, start, end, vision, [], null, [], "SKHCN"), parents, indicators, []);

    private static DemoIndicator Indicator(string name, string unit, int baselineYear, decimal baseline, (int Year, decimal Value)[] targets, string? measure, params DemoValue[] values) =>
        new(new IndicatorRequest(name, unit, "atLeast", baselineYear, baseline, [.. targets.Select(t => new TargetRequest(t.Year, t.Value))], measure), values);

    private static AnnexTaskItem Task(string title, string section, string[] leads, string[] coordinating, (DateOnly Due, string Label, DeadlineKind Kind)? deadline, ReportingPeriod? recurrence = null) => new()
    {
        AnnexId = string.Empty,
        Title = title,
        Section = section,
        LeadUnitCodes = [.. leads],
        CoordinatingUnitCodes = [.. coordinating],
        DeadlineKind = deadline?.Kind,
        DueDate = deadline?.Due,
        DeadlineLabel = deadline?.Label,
        Recurrence = recurrence,
    };

    private static (DateOnly, string, DeadlineKind) Year(int year) => (new DateOnly(year, 12, 31), $"Năm {year}", DeadlineKind.Year);

    private static (DateOnly, string, DeadlineKind) Quarter(int year, int quarter) =>
        (new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1), $"Quý {new[] { "I", "II", "III", "IV" }[quarter - 1]}/{year}", DeadlineKind.Quarter);
}
