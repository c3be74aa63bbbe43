using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Pages;

public sealed class MetricsModel(TelemetryStore store) : PageModel
{
    public IReadOnlyList<string> Services { get; private set; } = [];

    public string? Service { get; private set; }

    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public IReadOnlyList<MetricPoint> Latest { get; private set; } = [];

    public void OnGet(string? service)
    {
        var points = store.Metrics.Snapshot();
        Services = points.Select(p => p.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Service = Services.Contains(service) ? service : (Services.Count > 0 ? Services[0] : null);
        if (Service is not null)
        {
            Charts = MetricCharts.For(points, Service);
            Latest = MetricCharts.Latest(points, Service);
        }
    }
}
