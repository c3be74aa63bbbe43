using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StPlatform.Messaging.Outbox;

/// <summary>
/// Degraded, never unhealthy: with the broker away the service still takes writes and its events
/// wait in the outbox, so it should stay in rotation while operators see the depth grow.
/// </summary>
internal sealed class OutboxHealthCheck(RelayState state, MessagingOptions options) : IHealthCheck
{
    public const string Name = "messaging-outbox";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = DateTimeOffset.UtcNow;
        var depth = string.Create(CultureInfo.InvariantCulture,
            $"Outbox: {state.PendingCount} pending, {state.ParkedCount} parked.");
        var data = new Dictionary<string, object>
        {
            ["pending"] = state.PendingCount,
            ["parked"] = state.ParkedCount,
        };

        if (state.BrokerFailingSince is { } brokerSince)
        {
            return Degraded($"Broker unreachable for {Seconds(now - brokerSince)} s. {depth}", data);
        }
        if (state.DatabaseFailingSince is { } databaseSince)
        {
            return Degraded($"Outbox table unreachable for {Seconds(now - databaseSince)} s. {depth}", data);
        }
        if (state.OldestPendingAt is { } oldest && now - oldest > options.OutboxLagWarning)
        {
            return Degraded($"Oldest pending event waited {Seconds(now - oldest)} s. {depth}", data);
        }
        return Task.FromResult(HealthCheckResult.Healthy(depth, data));
    }

    private static Task<HealthCheckResult> Degraded(string description, IReadOnlyDictionary<string, object> data) =>
        Task.FromResult(HealthCheckResult.Degraded(description, data: data));

    private static string Seconds(TimeSpan span) => Math.Round(span.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
