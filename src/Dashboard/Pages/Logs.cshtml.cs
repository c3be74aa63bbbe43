using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Pages;

public sealed class LogsModel(TelemetryStore store) : PageModel
{
    public const int Limit = 500;

    public IReadOnlyList<string> Services { get; private set; } = [];

    public IReadOnlyList<LogEntry> Logs { get; private set; } = [];

    public string? Service { get; private set; }

    public LogLevelName? Level { get; private set; }

    public string? TraceId { get; private set; }

    public string? Text { get; private set; }

    public int Held { get; private set; }

    public long Dropped { get; private set; }

    public void OnGet(string? service, string? level, string? traceId, string? text)
    {
        (Service, TraceId, Text) = (service, traceId, text);
        Level = Enum.TryParse<LogLevelName>(level, ignoreCase: true, out var parsed) ? parsed : null;
        var held = store.Logs.Snapshot();
        Held = held.Length;
        Dropped = store.Logs.Dropped;
        Services = held.Select(l => l.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Logs = new LogFilter(service, Level, traceId, text).Apply(held, Limit);
    }
}
