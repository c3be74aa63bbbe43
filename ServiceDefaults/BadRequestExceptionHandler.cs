using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// A body that is not JSON, or a value of the wrong type, is the client's mistake: 400 (or the
/// 413 that Kestrel chose) as problem details, never a 500. The detail names the JSON path when
/// there is one ("$.signedOn") and never echoes the server's own type or parameter names.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        // "$" alone is the body as a whole (cut short, or not an object): no field to name.
        var path = (badRequest.InnerException as JsonException)?.Path is { Length: > 1 } jsonPath ? jsonPath : null;
        return await problems.WriteAsync(httpContext, exception, badRequest.StatusCode,
            "Yêu cầu không đọc được / The request could not be read",
            path is null
                ? "Kiểm tra định dạng dữ liệu gửi lên. / Check the format of what was sent."
                : $"Giá trị tại {path} không đúng định dạng. / The value at {path} has the wrong format.");
    }
}
