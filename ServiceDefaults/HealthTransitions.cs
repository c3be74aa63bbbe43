using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// Logs a health check when its status changes, not every time it is probed. The gateway probes
/// every service's <c>/health</c> every 5 s and the AppHost polls it while a service starts; the
/// runtime's own health-check log wrote each failing probe with its exception's whole stack (a
/// normal start printed about 450 such lines, and a broker outage would have added a stack per
/// service every 5 s). Here an operator reads one line when a check turns bad, with its reason and
/// the exception's message, and one when it recovers.
/// </summary>
public sealed partial class HealthTransitions(ILogger<HealthTransitions> logger)
{
    /// <summary>The runtime's per-probe health-check log, turned off where this one is used.</summary>
    public const string RuntimeLogCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    private readonly Dictionary<string, HealthStatus> _last = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Observe(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (name, entry) in report.Entries)
        {
            if (!Changed(name, entry.Status, out var previous))
            {
                continue;
            }
            if (entry.Status != HealthStatus.Healthy)
            {
                var reason = entry.Description ?? "no reason given";
                LogTurned(logger, name, entry.Status, entry.Exception is { } cause ? $"{reason} ({cause.Message})" : reason);
            }
            else if (previous is { } was)
            {
                LogRecovered(logger, name, was);
            }
        }
    }

    /// <summary>Whether <paramref name="status"/> differs from the check's last one, which it then replaces.</summary>
    private bool Changed(string name, HealthStatus status, out HealthStatus? previous)
    {
        lock (_gate)
        {
            previous = _last.TryGetValue(name, out var last) ? last : null;
            if (previous == status)
            {
                return false;
            }
            _last[name] = status;
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check {Check} is {Status}: {Reason}")]
    private static partial void LogTurned(ILogger logger, string check, HealthStatus status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Health check {Check} is Healthy again (was {Previous})")]
    private static partial void LogRecovered(ILogger logger, string check, HealthStatus previous);
}
