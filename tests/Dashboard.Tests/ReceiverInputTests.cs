using System.Net;
using System.Net.Http.Headers;

namespace StPlatform.Dashboard.Tests;

/// <summary>What an exporter that is not OTLP (or a broken one) gets back, and that nothing of it is stored.</summary>
[Collection(RunningDashboard.Name)]
public sealed class ReceiverInputTests(DashboardFixture dashboard)
{
    [Fact]
    public async Task A_truncated_protobuf_body_is_refused_with_400()
    {
        using var client = new HttpClient { BaseAddress = dashboard.Server.OtlpHttpUrl };
        var before = dashboard.Server.Telemetry.Spans.Count;
        // ResourceSpans (field 1, length-delimited) announcing 50 bytes and carrying 2.
        using var body = new ByteArrayContent([0x0A, 50, 0x12, 0x00]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");

        using var response = await client.PostAsync("/v1/traces", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, dashboard.Server.Telemetry.Spans.Count);
    }

    [Fact]
    public async Task Json_is_not_accepted_on_the_protobuf_endpoint()
    {
        using var client = new HttpClient { BaseAddress = dashboard.Server.OtlpHttpUrl };
        using var body = new StringContent("{\"resourceSpans\":[]}", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/v1/logs", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
