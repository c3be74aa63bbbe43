using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Exporter;

namespace StPlatform.Dashboard.Tests;

/// <summary>The pages over what the exporter sent, as the operator filters them.</summary>
[Collection(RunningDashboard.Name)]
public sealed class PageTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task The_logs_page_finds_a_request_by_its_trace_id_and_lists_it_newest_first()
    {
        const string Service = "page-logs";
        using var source = new ActivitySource(Service);
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == Service,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        string traceId;
        using (var factory = Exporters.Logging(dashboard.Server, OtlpExportProtocol.HttpProtobuf, Service))
        {
            var logger = factory.CreateLogger("StPlatform.Startups");
            logger.LogWarning("Unrelated warning");
            using var activity = source.StartActivity("POST /api/startups")!;
            traceId = activity.TraceId.ToHexString();
            logger.LogWarning("Tax code 0312345678 rejected");
            logger.LogError("Saving organisation failed");
        }
        using var client = await SignedInAsync();

        var html = await client.GetStringAsync($"/logs?traceId={traceId.ToUpperInvariant()}&level=Warning");

        Assert.DoesNotContain("Unrelated warning", html, StringComparison.Ordinal);
        var error = html.IndexOf("Saving organisation failed", StringComparison.Ordinal);
        var warning = html.IndexOf("Tax code 0312345678 rejected", StringComparison.Ordinal);
        Assert.True(error > 0 && warning > error, "both records are listed, the newest first");
        Assert.Contains($"href=\"/traces/{traceId}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trace_that_is_not_held_answers_404_and_points_to_its_logs()
    {
        using var client = await SignedInAsync();
        var traceId = ActivityTraceId.CreateRandom().ToHexString();

        using var response = await client.GetAsync($"/traces/{traceId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"href=\"/logs?traceId={traceId}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = dashboard.Server.BrowserUrl };
        (await client.GetAsync(dashboard.Server.LoginUrl.PathAndQuery)).EnsureSuccessStatusCode();
        return client;
    }
}
