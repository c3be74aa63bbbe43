using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Admin;

/// <summary>
/// Identity's audit trail for administrators, newest first: units registered and renamed, users
/// created, changed and locked, roles given and removed, passwords changed. Filtered by kind of
/// record and by user (who made the change, or whose account it was).
/// </summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class AuditModel(IAuditLog log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    public IReadOnlyList<string> Kinds { get; private set; } = [];

    public PagedList<AuditEntry> Entries { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery] int? page, CancellationToken cancellationToken)
    {
        Kinds = await log.KindsAsync(cancellationToken);
        Entries = await log.PageAsync(new AuditFilter(Kind, UserName), new PageRequest(page), cancellationToken);
    }

    public static string KindLabel(string kind) => kind switch
    {
        "Unit" => "Đơn vị / Unit",
        "User" => "Người dùng / User",
        "UserRole" => "Vai trò của người dùng / User's role",
        _ => kind,
    };

    public static string ActionLabel(string action) => action switch
    {
        "created" => "Tạo / Created",
        "updated" => "Sửa / Changed",
        "deleted" => "Xoá / Deleted",
        "password" => "Đổi mật khẩu / Password changed",
        "locked" => "Khoá / Locked",
        "unlocked" => "Mở khoá / Unlocked",
        "given" => "Giao vai trò / Role given",
        "removed" => "Gỡ vai trò / Role removed",
        _ => action,
    };
}
