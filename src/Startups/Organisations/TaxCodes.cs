namespace StPlatform.Startups.Organisations;

/// <summary>What the directory says about tax codes beyond their form (<see cref="ServiceDefaults.TaxCode"/>).</summary>
public static class TaxCodes
{
    /// <summary>The enterprise a branch belongs to ("0201234567-001" → "0201234567").</summary>
    public static string Enterprise(string taxCode) => taxCode.Length > 10 ? taxCode[..10] : taxCode;

    public static string DuplicateMessage(string taxCode) =>
        $"Mã số thuế {taxCode} đã có trong danh bạ; nếu đó là tổ chức của bạn, hãy gửi yêu cầu xác nhận quyền quản lý. / Tax code {taxCode} is already in the directory; if it is your organisation, claim that entry.";
}
