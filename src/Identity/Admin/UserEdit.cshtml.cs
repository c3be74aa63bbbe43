using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Identity.Account;
using StPlatform.Identity.Data;
using StPlatform.Identity.Units;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Admin;

/// <summary>
/// One account, for the administrator: name and unit, lock and unlock, a new password. Each form
/// posts on its own; a details form opened before someone else changed the account is refused.
/// </summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class UserEditModel(UsersDbContext db, UserManager<PlatformUser> users, UserAdministration administration, TimeProvider clock)
    : PageModel
{
    public const string StaleMessage = "Tài khoản vừa được người khác sửa; hãy xem thông tin hiện tại rồi sửa lại nếu cần. "
        + "/ Someone else changed this account after you opened the form; check it, then change it again if needed.";

    public const string UntilMessage = "Ngày mở khoá phải sau hôm nay. / The unlock date must be after today.";

    public PlatformUser Account { get; private set; } = null!;

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public bool IsLocked { get; private set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? UnitCode { get; set; }

    [BindProperty]
    public string? Stamp { get; set; }

    [BindProperty]
    public DateOnly? Until { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string userName, CancellationToken cancellationToken)
    {
        return await LoadAsync(userName, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDetailsAsync(string userName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(userName, cancellationToken, keepDetails: true))
        {
            return NotFound();
        }
        var errors = new ValidationErrors();
        var displayName = errors.Text("displayName", DisplayName, PlatformUser.DisplayNameMaxLength);
        var unit = Units.SingleOrDefault(u => u.Code == UnitCode);
        if (unit is null)
        {
            errors.Add("unitCode", "Vui lòng chọn một đơn vị đã đăng ký. / Choose a registered unit.");
        }
        if (!string.Equals(Stamp, Account.ConcurrencyStamp, StringComparison.Ordinal))
        {
            errors.Add("stamp", StaleMessage);
            // The form now holds the current version: a second submit is a decision made knowing it.
            Stamp = Account.ConcurrencyStamp;
        }
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Account.DisplayName = displayName.Trim();
        Account.UnitId = unit!.Id;
        var saved = await users.UpdateAsync(Account);
        if (!saved.Succeeded)
        {
            // Changed by someone else between the check above and this save.
            ModelState.AddModelError("stamp", StaleMessage);
            return Page();
        }
        return Done($"Đã cập nhật {Account.UserName}. / {Account.UserName} updated.");
    }

    public async Task<IActionResult> OnPostLockAsync(string userName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(userName, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (Until is { } day && day <= CityTime.Today(clock))
        {
            ModelState.AddModelError("until", UntilMessage);
            return Page();
        }
        var until = Until is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), CityTime.Offset) : (DateTimeOffset?)null;
        if (await administration.LockAsync(Account, until, User.FindFirst(PlatformClaims.Subject)?.Value, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError("lock", refusal);
            return Page();
        }
        return Done($"Đã khoá {Account.UserName}. / {Account.UserName} locked.");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string userName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(userName, cancellationToken))
        {
            return NotFound();
        }
        if (await administration.UnlockAsync(Account) is { } refusal)
        {
            ModelState.AddModelError("lock", refusal);
            return Page();
        }
        return Done($"Đã mở khoá {Account.UserName}. / {Account.UserName} unlocked.");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string userName, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(userName, cancellationToken))
        {
            return NotFound();
        }
        if (string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError("newPassword", "Vui lòng nhập mật khẩu mới. / Enter a new password.");
            return Page();
        }
        var errors = await administration.ResetPasswordAsync(Account, NewPassword);
        foreach (var error in errors)
        {
            ModelState.AddModelError("newPassword", error);
        }
        return errors.Count > 0 ? Page()
            : Done($"Đã đặt mật khẩu mới cho {Account.UserName}. / New password set for {Account.UserName}.");
    }

    private RedirectToPageResult Done(string message)
    {
        Message = message;
        return RedirectToPage(new { userName = Account.UserName });
    }

    /// <summary>False when there is no such account. A posted details form keeps the values it was sent with.</summary>
    private async Task<bool> LoadAsync(string userName, CancellationToken cancellationToken, bool keepDetails = false)
    {
        var account = await users.FindByNameAsync(userName);
        if (account is null)
        {
            return false;
        }
        Account = account;
        Units = await db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync(cancellationToken);
        IsLocked = await users.IsLockedOutAsync(account);
        if (!keepDetails)
        {
            DisplayName = account.DisplayName;
            UnitCode = Units.Single(u => u.Id == account.UnitId).Code;
            Stamp = account.ConcurrencyStamp;
        }
        return true;
    }
}
