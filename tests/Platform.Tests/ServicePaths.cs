using StPlatform.Contracts;

namespace StPlatform.Platform.Tests;

/// <summary>Each department's service, the prefix it serves under, and what its page says.</summary>
public static class ServicePaths
{
    public static TheoryData<string, string, string> All => new()
    {
        { ResourceNames.Programmes, "/programmes", "Đăng ký chương trình KH&amp;CN" },
        { ResourceNames.Tasks, "/tasks", "Giao nhiệm vụ" },
        { ResourceNames.IntellectualProperty, "/ip", "Đăng ký tài sản trí tuệ" },
        { ResourceNames.Startups, "/startups", "Danh bạ hệ sinh thái khởi nghiệp" },
    };

    public static readonly string[] Services =
        [ResourceNames.Programmes, ResourceNames.Tasks, ResourceNames.IntellectualProperty, ResourceNames.Startups];
}
