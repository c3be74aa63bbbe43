using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace StPlatform.Identity.Account;

/// <summary>The sign-in form. Only a local return address is followed, so it cannot send a user elsewhere.</summary>
public sealed class SignInModel(SignInManager<PlatformUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập. / Enter your user name.")]
    public string? UserName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu. / Enter your password.")]
    public string? Password { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName!, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty,
                "Tài khoản tạm khoá: thử lại sau, hoặc liên hệ quản trị viên nếu vẫn không vào được. / Account locked: try again later, or ask the administrator if it stays locked.");
            return Page();
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "Tên đăng nhập hoặc mật khẩu không đúng. / Wrong user name or password.");
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : $"{Extensions.Prefix}/account");
    }
}
