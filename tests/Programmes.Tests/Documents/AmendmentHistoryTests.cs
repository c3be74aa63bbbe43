using StPlatform.Programmes.Documents;
using StPlatform.Programmes.History;

namespace StPlatform.Programmes.Tests.Documents;

public sealed class AmendmentHistoryTests
{
    private static DocumentFields Fields(string title = "Kế hoạch phát triển hệ sinh thái khởi nghiệp", int end = 2025) => new(
        ProgrammeDocumentKind.Plan, "2629/KH-UBND", title, "UBND thành phố Hải Phòng", "Nguyễn Văn Tùng",
        new DateOnly(2021, 3, 10), null, 2021, end, 2030, [], "Phát triển hệ sinh thái", ["05 doanh nghiệp KH&CN"], "SKHCN");

    [Fact]
    public void Correcting_a_draft_records_what_changed_without_numbering_an_amendment()
    {
        var plan = DocumentEditing.Create(Fields());

        var entry = plan.RecordEdit(plan.Apply(Fields(end: 2026)), null, "Quản lý", DateTimeOffset.UtcNow);

        Assert.Equal(HistoryAction.Edited, entry!.Action);
        Assert.Null(entry.AmendmentNumber);
        Assert.Equal(DocumentStatus.Draft, plan.Status);
        Assert.Equal(["Năm kết thúc / Period end: 2025 → 2026"], entry.Changes);
    }

    [Fact]
    public void Each_amendment_of_an_issued_document_is_kept_numbered_with_its_reason_and_changes()
    {
        var plan = DocumentEditing.Create(Fields());
        plan.Status = DocumentStatus.Issued;

        var first = plan.RecordEdit(plan.Apply(Fields(title: "Kế hoạch sửa đổi")), "Theo Nghị quyết 57", "Quản lý", DateTimeOffset.UtcNow);
        var second = plan.RecordEdit(plan.Apply(Fields(title: "Kế hoạch sửa đổi", end: 2030)), "Kéo dài giai đoạn", "Quản lý", DateTimeOffset.UtcNow);

        Assert.Equal(DocumentStatus.Amended, plan.Status);
        Assert.Equal(2, plan.AmendmentCount);
        Assert.Equal([1, 2], plan.History.Select(h => h.AmendmentNumber!.Value));
        Assert.Equal("Theo Nghị quyết 57", first!.Reason);
        Assert.Contains("Tên văn bản / Title: Kế hoạch phát triển hệ sinh thái khởi nghiệp → Kế hoạch sửa đổi", first.Changes);
        Assert.Equal(["Năm kết thúc / Period end: 2025 → 2030"], second!.Changes);
    }

    [Fact]
    public void Saving_the_same_values_again_records_nothing()
    {
        var plan = DocumentEditing.Create(Fields());

        Assert.Null(plan.RecordEdit(plan.Apply(Fields()), null, "Quản lý", DateTimeOffset.UtcNow));
        Assert.Empty(plan.History);
    }

    [Fact]
    public void Search_text_has_no_diacritics_so_hai_phong_finds_the_document()
    {
        var plan = DocumentEditing.Create(Fields());

        Assert.Contains("hai phong", plan.SearchText, StringComparison.Ordinal);
        Assert.Contains("khoi nghiep", plan.SearchText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentStatus.Draft, DocumentStatus.MidTermReviewed, false)]
    [InlineData(DocumentStatus.Issued, DocumentStatus.MidTermReviewed, true)]
    [InlineData(DocumentStatus.MidTermReviewed, DocumentStatus.FinalReviewed, true)]
    [InlineData(DocumentStatus.FinalReviewed, DocumentStatus.MidTermReviewed, false)]
    [InlineData(DocumentStatus.Amended, DocumentStatus.Replaced, true)]
    [InlineData(DocumentStatus.Expired, DocumentStatus.Issued, false)]
    public void Reviews_and_closing_follow_the_document_lifecycle(DocumentStatus from, DocumentStatus to, bool allowed)
    {
        Assert.Equal(allowed, from.CanMoveTo(to));
    }
}
