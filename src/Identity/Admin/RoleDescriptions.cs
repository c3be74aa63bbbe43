using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Admin;

/// <summary>What each platform role may do, as the roles page explains it: Vietnamese, then English.</summary>
public static class RoleDescriptions
{
    public static (string Vietnamese, string English) Of(string role) => role switch
    {
        PlatformRoles.Administrator => ("Quản lý người dùng, đơn vị và vai trò; làm được mọi việc của các vai trò khác.",
            "Manages users, units and roles; may do everything the other roles do."),
        PlatformRoles.ProgrammeManager => ("Lập và ban hành chương trình, kế hoạch; giao nhiệm vụ.",
            "Drafts and issues programmes and plans; assigns tasks."),
        PlatformRoles.TaskOffice => ("Giao và theo dõi nhiệm vụ của các đơn vị.", "Assigns tasks to units and follows them up."),
        PlatformRoles.UnitOfficer => ("Báo cáo tiến độ các nhiệm vụ mà đơn vị mình chủ trì hoặc phối hợp.",
            "Reports progress on the tasks their unit leads or contributes to."),
        PlatformRoles.IpOfficer => ("Ghi nhận tài sản sở hữu trí tuệ và các sự kiện pháp lý của chúng.",
            "Records intellectual property assets and their legal events."),
        PlatformRoles.DirectoryEditor => ("Biên tập danh bạ tổ chức khởi nghiệp, doanh nghiệp KH&CN.",
            "Edits the directory of startups and S&T enterprises."),
        PlatformRoles.Viewer => ("Chỉ xem.", "Read only."),
        _ => (string.Empty, string.Empty),
    };

    /// <summary>The Vietnamese and English halves of <see cref="PlatformRoles.Label"/>.</summary>
    public static (string Vietnamese, string English) Name(string role) =>
        PlatformRoles.Label(role).Split(" / ", 2) is [var vietnamese, var english] ? (vietnamese, english) : (role, role);
}
