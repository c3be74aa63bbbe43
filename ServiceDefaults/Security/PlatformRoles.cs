namespace StPlatform.ServiceDefaults.Security;

/// <summary>
/// The roles the identity service grants and every service authorises by, carried in the access
/// token's <c>role</c> claims.
/// </summary>
public static class PlatformRoles
{
    public const string Administrator = "platform-admin";
    public const string ProgrammeManager = "programme-manager";
    public const string TaskOffice = "task-office";
    public const string UnitOfficer = "unit-officer";
    public const string IpOfficer = "ip-officer";
    public const string DirectoryEditor = "directory-editor";
    public const string Viewer = "viewer";

    public static readonly IReadOnlyList<string> All =
        [Administrator, ProgrammeManager, TaskOffice, UnitOfficer, IpOfficer, DirectoryEditor, Viewer];

    /// <summary>What the sign-in and administration pages show for each role, Vietnamese first.</summary>
    public static string Label(string role) => role switch
    {
        Administrator => "Quản trị nền tảng / Platform administrator",
        ProgrammeManager => "Quản lý chương trình (Sở KH&CN) / DOST programme manager",
        TaskOffice => "Văn phòng theo dõi nhiệm vụ (Sở KH&CN) / DOST task office",
        UnitOfficer => "Cán bộ đơn vị / Unit officer",
        IpOfficer => "Cán bộ sở hữu trí tuệ / IP officer",
        DirectoryEditor => "Biên tập danh bạ / Directory editor",
        Viewer => "Người xem / Viewer",
        _ => role,
    };
}
