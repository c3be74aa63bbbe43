using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Pages;

public sealed class TracesModel(TelemetryStore store) : PageModel
{
    public const int Limit = 200;

    public IReadOnlyList<TraceSummary> Traces { get; private set; } = [];

    public IReadOnlyList<string> Services { get; private set; } = [];

    public string? Service { get; private set; }

    public string? Text { get; private set; }

    public int Held { get; private set; }

    public long Dropped { get; private set; }

    public void OnGet(string? service, string? text)
    {
        (Service, Text) = (service, text);
        var spans = store.Spans.Snapshot();
        Held = spans.Length;
        Dropped = store.Spans.Dropped;
        Services = spans.Select(s => s.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Traces = TraceQueries.List(spans, service, text, Limit);
    }
}
