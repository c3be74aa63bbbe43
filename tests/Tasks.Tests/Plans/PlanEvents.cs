using StPlatform.Contracts.Programmes;
using StPlatform.Tasks.Deadlines;

namespace StPlatform.Tasks.Tests.Plans;

/// <summary>Plans as the programme registry issues them, from the Hải Phòng plans in the seeds.</summary>
internal static class PlanEvents
{
    public static AnnexTask Annex(string annexId, string title, string? deadline, params string[] leads) =>
        new(annexId, title, "III. Nhiệm vụ, giải pháp", leads, ["STC", "SNV"],
            DeadlineLabels.Parse(deadline), DeadlineLabels.Parse(deadline) is null ? ReportingPeriod.Yearly : null, "Báo cáo kết quả");

    public static PlanIssued Issued(Guid planId, params AnnexTask[] tasks) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, planId, "2629/KH-UBND",
            "Kế hoạch thực hiện Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ, đổi mới sáng tạo", 2025, 2030, tasks);

    public static PlanAmended Amended(Guid planId, int number, AnnexTask[] added, AnnexTask[] changed, string[] cancelled) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, planId, "2629/KH-UBND", number, "Điều chỉnh theo chỉ đạo của UBND thành phố",
            added, changed, cancelled);
}
