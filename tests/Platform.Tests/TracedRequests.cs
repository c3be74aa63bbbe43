using System.Diagnostics;
using StPlatform.Dashboard;
using StPlatform.Dashboard.Telemetry;
using StPlatform.Hosting;

namespace StPlatform.Platform.Tests;

/// <summary>
/// Requests sent with a W3C traceparent of the test's own making, so the trace they start can be
/// found in the console; and the wait for that trace's spans to arrive there.
/// </summary>
internal static class TracedRequests
{
    public static async Task<(HttpResponseMessage Response, string TraceId)> GetAsync(HttpClient client, string path)
    {
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        return (await client.SendAsync(request), traceId);
    }

    /// <summary>The trace's spans, once <paramref name="complete"/> holds for them (exports are batched each second).</summary>
    public static async Task<SpanData[]> SpansAsync(DistributedApplication app, string traceId, Func<SpanData[], bool> complete)
    {
        var store = (app.GetDashboard() ?? throw new InvalidOperationException("The AppHost runs without its dashboard.")).Telemetry;
        SpanData[] spans = [];
        try
        {
            await Eventually.UntilAsync(() => complete(spans = store.Spans.Snapshot().Where(s => s.TraceId == traceId).ToArray()),
                $"the spans of trace {traceId} reaching the dashboard");
        }
        catch (TimeoutException timeout)
        {
            var seen = string.Join("; ", spans.Select(s => $"{s.Service} {s.KindName} {s.Name}"));
            throw new TimeoutException($"{timeout.Message}; spans seen: {(seen.Length == 0 ? "none" : seen)}", timeout);
        }
        return spans;
    }
}
