using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Pages;

public sealed class TraceModel(TelemetryStore store) : PageModel
{
    public string TraceId { get; private set; } = "";

    public IReadOnlyList<WaterfallRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Services { get; private set; } = [];

    public TimeSpan Duration { get; private set; }

    public IActionResult OnGet(string traceId)
    {
        TraceId = traceId.Trim().ToLowerInvariant();
        Rows = TraceQueries.Waterfall(store.Spans.Snapshot(), TraceId);
        if (Rows.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Services = Rows.Select(r => r.Span.Service).Distinct(StringComparer.Ordinal).ToArray();
        Duration = Rows.Max(r => r.Span.End) - Rows.Min(r => r.Span.Start);
        return Page();
    }
}
