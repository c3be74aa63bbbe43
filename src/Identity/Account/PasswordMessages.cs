using Microsoft.AspNetCore.Identity;

namespace StPlatform.Identity.Account;

/// <summary>ASP.NET Core Identity's password errors, Vietnamese first.</summary>
public static class PasswordMessages
{
    public static string For(IdentityError error) => error.Code switch
    {
        "PasswordMismatch" => "Mật khẩu hiện tại không đúng. / The current password is wrong.",
        "PasswordTooShort" => "Mật khẩu phải có ít nhất 12 ký tự. / At least 12 characters.",
        "PasswordRequiresDigit" => "Mật khẩu phải có chữ số. / Must contain a digit.",
        "PasswordRequiresLower" => "Mật khẩu phải có chữ thường. / Must contain a lower-case letter.",
        "PasswordRequiresUpper" => "Mật khẩu phải có chữ hoa. / Must contain an upper-case letter.",
        "DuplicateUserName" => "Tên đăng nhập đã có. / That user name is taken.",
        _ => error.Description,
    };
}
