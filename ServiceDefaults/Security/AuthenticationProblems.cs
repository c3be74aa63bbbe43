using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace StPlatform.ServiceDefaults.Security;

/// <summary>
/// 401 and 403 as RFC 9457 problem details, like every other error of the platform. The reason a
/// token was refused stays in the server's log; the client learns only that it was.
/// </summary>
internal static class AuthenticationProblems
{
    public static readonly JwtBearerEvents Events = new()
    {
        OnChallenge = async context =>
        {
            context.HandleResponse();
            var response = context.Response;
            response.StatusCode = StatusCodes.Status401Unauthorized;
            response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
                ? "Bearer"
                : "Bearer error=\"invalid_token\"";
            await WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized,
                "Chưa đăng nhập hoặc phiên đã hết hạn / Sign-in required",
                "Gửi kèm một access token hợp lệ cấp cho dịch vụ này. / Send a valid access token issued for this service.");
        },
        OnForbidden = context => WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden,
            "Không có quyền / Forbidden",
            "Vai trò hoặc đơn vị của bạn không được phép thực hiện việc này. / Your role or unit may not do this."),
    };

    private static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
