using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Dashboard.Queues;

namespace StPlatform.Dashboard.Pages;

public sealed class QueuesModel(QueueBrowser queues) : PageModel
{
    public IReadOnlyList<QueueDepth>? Depths { get; private set; }

    public int? Moved { get; private set; }

    public string? Queue { get; private set; }

    public async Task OnGetAsync(int? moved, string? queue, CancellationToken cancellationToken)
    {
        (Moved, Queue) = queue is not null && queues.IsConfigured(queue) ? (moved, queue) : (null, null);
        Depths = await queues.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? queue, int? count, CancellationToken cancellationToken)
    {
        if (queue is null || !queues.IsConfigured(queue))
        {
            return BadInput("Hàng đợi không hợp lệ / Invalid queue", "queue: không phải hàng đợi đã cấu hình / not a configured queue");
        }
        if (count is not (>= 1 and <= QueueBrowser.MaxRedrive))
        {
            return BadInput("Số tin không hợp lệ / Invalid count", $"count: từ 1 đến {QueueBrowser.MaxRedrive} / from 1 to {QueueBrowser.MaxRedrive}");
        }
        var moved = await queues.RedriveAsync(queue, count.Value, cancellationToken);
        return Redirect($"/queues?queue={Uri.EscapeDataString(queue)}&moved={moved}");
    }

    private static ObjectResult BadInput(string title, string detail) =>
        new(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = title, Detail = detail })
        {
            StatusCode = StatusCodes.Status400BadRequest,
            ContentTypes = { "application/problem+json" },
        };
}
