using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace StPlatform.Identity.Account;

/// <summary>Password change: the current password, then the new one twice.</summary>
[Authorize]
public sealed class PasswordModel(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu hiện tại. / Enter your current password.")]
    public string? Current { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu mới. / Enter a new password.")]
    public string? New { get; set; }

    [BindProperty]
    [Compare(nameof(New), ErrorMessage = "Hai mật khẩu mới không khớp. / The new passwords differ.")]
    public string? Confirm { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await users.ChangePasswordAsync(user, Current!, New!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(Current) : nameof(New), PasswordMessages.For(error));
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Message = "Đã đổi mật khẩu. / Password changed.";
        return RedirectToPage();
    }
}
