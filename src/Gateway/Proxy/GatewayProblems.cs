using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace StPlatform.Gateway.Proxy;

/// <summary>
/// The problem bodies the gateway itself answers with: a bilingual title, a detail naming at most
/// the service (never an exception's text), the path and the trace id.
/// </summary>
internal static class GatewayProblems
{
    public static ProblemDetails Create(HttpContext context, int status, string? service = null) => new()
    {
        Status = status,
        Title = TitleOf(status),
        Detail = DetailOf(status, service),
        Instance = context.Request.Path,
        Extensions = { ["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier },
    };

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status404NotFound => "Không tìm thấy trang hoặc tài nguyên / Not found",
        StatusCodes.Status429TooManyRequests => "Quá nhiều yêu cầu / Too many requests",
        StatusCodes.Status408RequestTimeout => "Gửi yêu cầu quá thời gian chờ / Request timeout",
        StatusCodes.Status502BadGateway => "Không kết nối được tới dịch vụ / Bad gateway",
        StatusCodes.Status503ServiceUnavailable => "Dịch vụ tạm thời không sẵn sàng / Service temporarily unavailable",
        StatusCodes.Status504GatewayTimeout => "Dịch vụ phản hồi quá thời gian chờ / Gateway timeout",
        _ => "Yêu cầu không được xử lý / The request could not be handled",
    };

    private static string? DetailOf(int status, string? service) => (status, service) switch
    {
        (StatusCodes.Status404NotFound, _) => "Không có dịch vụ nào phục vụ đường dẫn này. / No service serves this path.",
        (StatusCodes.Status429TooManyRequests, _) => "Vui lòng thử lại sau số giây trong Retry-After. / Retry after the seconds given in Retry-After.",
        (_, null) => null,
        (StatusCodes.Status502BadGateway, _) => $"Dịch vụ '{service}' không trả lời. / The '{service}' service did not answer.",
        (StatusCodes.Status503ServiceUnavailable, _) => $"Dịch vụ '{service}' hiện không có phiên bản nào hoạt động; vui lòng thử lại sau. / No instance of the '{service}' service is available; retry shortly.",
        (StatusCodes.Status504GatewayTimeout, _) => $"Dịch vụ '{service}' không trả lời kịp thời. / The '{service}' service did not answer in time.",
        _ => null,
    };
}
