using StPlatform.Contracts.IntellectualProperty;

namespace StPlatform.IntellectualProperty.Assets;

public static class IpObjectTypeLabels
{
    public static string Vietnamese(IpObjectType type) => type switch
    {
        IpObjectType.Patent => "Sáng chế",
        IpObjectType.UtilitySolution => "Giải pháp hữu ích",
        IpObjectType.IndustrialDesign => "Kiểu dáng công nghiệp",
        IpObjectType.Trademark => "Nhãn hiệu",
        IpObjectType.GeographicalIndication => "Chỉ dẫn địa lý",
        IpObjectType.LayoutDesign => "Thiết kế bố trí mạch tích hợp",
        _ => type.ToString(),
    };

    public static string English(IpObjectType type) => type switch
    {
        IpObjectType.Patent => "patent",
        IpObjectType.UtilitySolution => "utility solution",
        IpObjectType.IndustrialDesign => "industrial design",
        IpObjectType.Trademark => "trademark",
        IpObjectType.GeographicalIndication => "geographical indication",
        IpObjectType.LayoutDesign => "IC layout design",
        _ => type.ToString(),
    };
}
