namespace StPlatform.Dashboard.Telemetry;

/// <summary>The log filters of the logs page; empty filters match everything.</summary>
public sealed record LogFilter(string? Service, LogLevelName? MinimumLevel, string? TraceId, string? Text)
{
    /// <summary>The newest first; records of the same instant, the last received first.</summary>
    public IReadOnlyList<LogEntry> Apply(IEnumerable<LogEntry> logs, int limit) =>
        logs.Reverse().Where(l => string.IsNullOrEmpty(Service) || l.Service == Service)
            .Where(l => MinimumLevel is null || l.Level >= MinimumLevel)
            .Where(l => string.IsNullOrEmpty(TraceId) || l.TraceId.Equals(TraceId.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(l => string.IsNullOrEmpty(Text) || l.Body.Contains(Text, StringComparison.OrdinalIgnoreCase)
                || l.Category.Contains(Text, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(l => l.Time)
            .Take(limit)
            .ToArray();
}
