using StPlatform.Contracts;

namespace StPlatform.Gateway.Landing;

/// <summary>A department's service as the landing page shows it; <see cref="Service"/> is also its YARP cluster id.</summary>
internal sealed record Department(string Service, string Path, string NameVi, string NameEn, string AboutVi, string AboutEn)
{
    public static readonly IReadOnlyList<Department> All =
    [
        new(ResourceNames.Programmes, "/programmes", "Chương trình KH&CN", "S&T programmes",
            "Chiến lược, chương trình, kế hoạch và chỉ tiêu khoa học và công nghệ",
            "Strategies, programmes, plans and their target indicators"),
        new(ResourceNames.Tasks, "/tasks", "Giao nhiệm vụ", "Task assignment",
            "Giao, theo dõi và báo cáo nhiệm vụ của các sở, ban, ngành",
            "Assigning, tracking and reporting the departments' tasks"),
        new(ResourceNames.IntellectualProperty, "/ip", "Sở hữu trí tuệ", "Intellectual property",
            "Sáng chế, giải pháp hữu ích, kiểu dáng công nghiệp, nhãn hiệu, chỉ dẫn địa lý",
            "Patents, utility solutions, industrial designs, marks, geographical indications"),
        new(ResourceNames.Startups, "/startups", "Hệ sinh thái khởi nghiệp", "Startup ecosystem",
            "Doanh nghiệp khởi nghiệp, doanh nghiệp KH&CN, vườn ươm, nhà đầu tư",
            "Startups, S&T enterprises, incubators, investors"),
    ];
}
