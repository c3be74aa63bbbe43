using StPlatform.Contracts.IntellectualProperty;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.LegalEvents;

/// <summary>Why an event cannot come next, naming the request field at fault.</summary>
public sealed record LegalEventRefusal(string Field, string Message);

/// <summary>
/// Which legal event may follow which: the procedure of the IP office (formality examination,
/// publication, substantive examination, grant or refusal) and, once granted, the life of the
/// right (fees, licences and assignments, lapse, expiry, invalidation, restoration).
/// </summary>
public static class LegalEventRules
{
    private static readonly IpStatus[] Pending = [IpStatus.FormalityAccepted, IpStatus.Published, IpStatus.ExaminationRequested];

    public static LegalEventRefusal? Check(LegalState state, LegalEventKind kind, DateOnly on, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (on > today)
        {
            return Date("Ngày sự kiện không thể ở tương lai. / An event cannot be dated in the future.");
        }
        if (on < state.LastEventOn)
        {
            var last = Display.Date(state.LastEventOn);
            return Date($"Ngày sự kiện không thể trước sự kiện gần nhất ({last}). / An event cannot be dated before the latest one ({last}).");
        }
        return kind switch
        {
            LegalEventKind.Filed => Kind("Đơn chỉ được nộp một lần, khi ghi nhận. / An application is filed once, when it is registered."),
            LegalEventKind.FormalityAccepted or LegalEventKind.FormalityRefused => state.Status == IpStatus.Filed ? null
                : Kind($"Thẩm định hình thức chỉ dành cho đơn vừa nộp; trạng thái hiện tại: {Labels(state.Status)}. / Formality examination decides only a newly filed application; it is {IpStatusLabels.English(state.Status)}."),
            LegalEventKind.Published => CheckPublished(state),
            LegalEventKind.ExaminationRequested => CheckExaminationRequested(state),
            LegalEventKind.Granted or LegalEventKind.Refused => CheckDecision(state, kind),
            LegalEventKind.AnnuityPaid => CheckAnnuity(state),
            LegalEventKind.RenewalPaid => CheckRenewal(state, on),
            LegalEventKind.LicenceRecorded or LegalEventKind.AssignmentRecorded => CheckCommercialisation(state),
            LegalEventKind.Lapsed => ProtectionTerms.FeeKind(state.ObjectType) is null
                ? Kind("Đối tượng này không nộp phí duy trì hay gia hạn nên không thể mất hiệu lực vì phí. / This object type pays no annuity or renewal, so it cannot lapse for want of one.")
                : RequireInForce(state, "mất hiệu lực / lapse"),
            LegalEventKind.Expired => CheckExpired(state, on),
            LegalEventKind.Invalidated => state.Status is IpStatus.InForce or IpStatus.Lapsed or IpStatus.Expired ? null
                : Kind($"Chỉ văn bằng đã cấp mới có thể bị hủy bỏ; trạng thái hiện tại: {Labels(state.Status)}. / Only a granted right can be invalidated; it is {IpStatusLabels.English(state.Status)}."),
            LegalEventKind.Restored => state.Status == IpStatus.Lapsed ? null
                : Kind($"Chỉ văn bằng đã mất hiệu lực mới được khôi phục; trạng thái hiện tại: {Labels(state.Status)}. / Only a lapsed right can be restored; it is {IpStatusLabels.English(state.Status)}."),
            _ => Kind("Loại sự kiện không xác định. / Unknown event kind."),
        };
    }

    private static LegalEventRefusal? CheckPublished(LegalState state) =>
        state.IsPublished ? Kind("Đơn đã được công bố. / The application is already published.")
        : state.Status is IpStatus.FormalityAccepted or IpStatus.ExaminationRequested ? null
        : Kind($"Chỉ công bố đơn đã được chấp nhận hợp lệ và chưa có quyết định; trạng thái hiện tại: {Labels(state.Status)}. / Only an application accepted as to form and not yet decided is published; it is {IpStatusLabels.English(state.Status)}.");

    private static LegalEventRefusal? CheckExaminationRequested(LegalState state) =>
        state.ObjectType is not (IpObjectType.Patent or IpObjectType.UtilitySolution)
            ? Kind("Chỉ đơn sáng chế và giải pháp hữu ích mới yêu cầu thẩm định nội dung. / Only patent and utility-solution applications request substantive examination.")
        : state.IsExaminationRequested ? Kind("Đã yêu cầu thẩm định nội dung. / Substantive examination was already requested.")
        : state.Status is IpStatus.FormalityAccepted or IpStatus.Published ? null
        : Kind($"Chỉ yêu cầu thẩm định nội dung cho đơn hợp lệ chưa có quyết định; trạng thái hiện tại: {Labels(state.Status)}. / Examination is requested only for an application accepted as to form and not yet decided; it is {IpStatusLabels.English(state.Status)}.");

    private static LegalEventRefusal? CheckDecision(LegalState state, LegalEventKind kind)
    {
        if (state.Status is IpStatus.Refused or IpStatus.FormalityRefused)
        {
            return Kind("Đơn đã bị từ chối nên không thể có quyết định khác. / The application was refused; it cannot be decided again.");
        }
        if (!Pending.Contains(state.Status))
        {
            return state.Status == IpStatus.Filed
                ? Kind("Đơn chưa được chấp nhận hợp lệ về hình thức. / The application has not been accepted as to form yet.")
                : Kind($"Đơn đã có quyết định; trạng thái hiện tại: {Labels(state.Status)}. / The application is already decided; it is {IpStatusLabels.English(state.Status)}.");
        }
        return kind == LegalEventKind.Granted && ProtectionTerms.FeeKind(state.ObjectType) == DueKind.Annuity && !state.IsExaminationRequested
            ? Kind("Sáng chế và giải pháp hữu ích chỉ được cấp văn bằng sau khi yêu cầu thẩm định nội dung. / A patent or utility solution is granted only after substantive examination was requested.")
            : null;
    }

    private static LegalEventRefusal? CheckAnnuity(LegalState state) =>
        ProtectionTerms.FeeKind(state.ObjectType) != DueKind.Annuity
            ? Kind("Chỉ sáng chế và giải pháp hữu ích nộp phí duy trì hiệu lực. / Only patents and utility solutions pay annuities.")
        : RequireInForce(state, "nộp phí duy trì / an annuity") is { } refusal ? refusal
        : state.NextDue is null ? Kind("Đã nộp đủ phí duy trì cho toàn bộ thời hạn bảo hộ. / Every annuity of the term is already paid.")
        : null;

    private static LegalEventRefusal? CheckRenewal(LegalState state, DateOnly on)
    {
        if (ProtectionTerms.FeeKind(state.ObjectType) != DueKind.Renewal)
        {
            return Kind("Chỉ kiểu dáng công nghiệp và nhãn hiệu được gia hạn. / Only industrial designs and trademarks are renewed.");
        }
        if (RequireInForce(state, "gia hạn / a renewal") is { } refusal)
        {
            return refusal;
        }
        if (state.NextDue is not { } due)
        {
            return Kind("Kiểu dáng công nghiệp chỉ được gia hạn hai lần. / An industrial design is renewed at most twice.");
        }
        var opens = due.On.AddMonths(-ProtectionTerms.RenewalWindowMonths);
        var closes = due.On.AddMonths(ProtectionTerms.RenewalWindowMonths);
        return on >= opens && on <= closes ? null
            : Date($"Gia hạn được nộp từ {Display.Date(opens)} đến {Display.Date(closes)}. / A renewal is accepted from {Display.Date(opens)} to {Display.Date(closes)}.");
    }

    private static LegalEventRefusal? CheckCommercialisation(LegalState state) =>
        state.ObjectType == IpObjectType.GeographicalIndication
            ? Kind("Quyền sử dụng chỉ dẫn địa lý không được chuyển nhượng hay chuyển giao (Luật SHTT điều 139, 142). / Rights to a geographical indication cannot be assigned or licensed (IP Law art. 139, 142).")
            : RequireInForce(state, "li-xăng hoặc chuyển nhượng / a licence or assignment");

    private static LegalEventRefusal? CheckExpired(LegalState state, DateOnly on)
    {
        if (RequireInForce(state, "hết hạn / expiry") is { } refusal)
        {
            return refusal;
        }
        if (state.ProtectionEndsOn is not { } end)
        {
            return Kind("Chỉ dẫn địa lý được bảo hộ vô thời hạn. / A geographical indication is protected indefinitely.");
        }
        return on >= end ? null
            : Date($"Thời hạn bảo hộ kéo dài đến {Display.Date(end)}. / The term runs until {Display.Date(end)}.");
    }

    private static LegalEventRefusal? RequireInForce(LegalState state, string what) => state.Status == IpStatus.InForce ? null
        : Kind($"Chỉ ghi nhận {what.Split(" / ")[0]} cho văn bằng đang có hiệu lực; trạng thái hiện tại: {Labels(state.Status)}. / {Capital(what.Split(" / ")[1])} is recorded only for a granted right in force; it is {IpStatusLabels.English(state.Status)}.");

    private static string Capital(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]);

    private static string Labels(IpStatus status) => IpStatusLabels.Vietnamese(status);

    private static LegalEventRefusal Kind(string message) => new("kind", message);

    private static LegalEventRefusal Date(string message) => new("date", message);
}
