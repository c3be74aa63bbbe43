namespace StPlatform.Programmes.Documents;

/// <summary>draft → issued → amended (any number of times) → mid-term reviewed → final reviewed → expired or replaced.</summary>
public enum DocumentStatus
{
    Draft,
    Issued,
    Amended,
    MidTermReviewed,
    FinalReviewed,
    Expired,
    Replaced,
}

public static class DocumentStatusRules
{
    /// <summary>A document in force: it can be amended and reviewed, and its indicators count.</summary>
    public static bool IsInForce(this DocumentStatus status) =>
        status is DocumentStatus.Issued or DocumentStatus.Amended or DocumentStatus.MidTermReviewed or DocumentStatus.FinalReviewed;

    /// <summary>
    /// The moves a status may make by an explicit review or closing; issuing and amending have
    /// their own endpoints because they publish events.
    /// </summary>
    public static bool CanMoveTo(this DocumentStatus from, DocumentStatus to) => to switch
    {
        DocumentStatus.MidTermReviewed => from is DocumentStatus.Issued or DocumentStatus.Amended,
        DocumentStatus.FinalReviewed => from is DocumentStatus.Issued or DocumentStatus.Amended or DocumentStatus.MidTermReviewed,
        DocumentStatus.Expired or DocumentStatus.Replaced => from.IsInForce(),
        _ => false,
    };

    public static string Vietnamese(DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => "Dự thảo",
        DocumentStatus.Issued => "Đã ban hành",
        DocumentStatus.Amended => "Đã sửa đổi",
        DocumentStatus.MidTermReviewed => "Đã sơ kết",
        DocumentStatus.FinalReviewed => "Đã tổng kết",
        DocumentStatus.Expired => "Hết hiệu lực",
        DocumentStatus.Replaced => "Đã được thay thế",
        _ => status.ToString(),
    };

    public static string English(DocumentStatus status) => status switch
    {
        DocumentStatus.MidTermReviewed => "mid-term reviewed",
        DocumentStatus.FinalReviewed => "final reviewed",
        _ => status.ToString().ToLowerInvariant(),
    };
}
