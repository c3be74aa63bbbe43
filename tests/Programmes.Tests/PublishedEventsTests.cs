using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Contracts.Programmes;
using StPlatform.Programmes.Tests.Documents;
using StPlatform.Programmes.Tests.Indicators;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests;

/// <summary>
/// The service's events leave the outbox and arrive on the real broker, where another service's
/// queue (here a test endpoint) receives them.
/// </summary>
[Collection(SharedProgrammesService.Name)]
public sealed class PublishedEventsTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Issued_plan_and_an_indicator_falling_off_track_reach_the_broker()
    {
        using var client = fixture.CreateClient();
        var (location, etag, body) = await SampleDocuments.CreateAsync(client);
        var planId = body.GetProperty("id").GetGuid();
        var issued = new TaskCompletionSource<PlanIssued>(TaskCreationOptions.RunContinuationsAsynchronously);
        var offTrack = new TaskCompletionSource<IndicatorOffTrack>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handle = fixture.Service.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint($"programmes-test-{Unique.Suffix()}", endpoint =>
        {
            endpoint.Handler<PlanIssued>(context =>
            {
                if (context.Message.PlanId == planId)
                {
                    issued.TrySetResult(context.Message);
                }
                return Task.CompletedTask;
            });
            endpoint.Handler<IndicatorOffTrack>(context =>
            {
                if (context.Message.ProgrammeId == planId)
                {
                    offTrack.TrySetResult(context.Message);
                }
                return Task.CompletedTask;
            });
        });
        await handle.Ready;

        using var issue = await SampleDocuments.SendAsync(client, HttpMethod.Post, $"{location}/issue", null, etag);
        using var added = await client.PostAsJsonAsync(new Uri($"{location}/indicators", UriKind.Relative), IndicatorApiTests.Tfp);
        var indicatorId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var measured = await client.PostAsJsonAsync(new Uri($"{location}/indicators/{indicatorId}/measurements", UriKind.Relative),
            new { year = 2024, value = 35.2, source = "Báo cáo số 80/BC-SKHCN" });
        var plan = await issued.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var indicator = await offTrack.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await handle.StopAsync();

        Assert.Equal(HttpStatusCode.OK, issue.StatusCode);
        Assert.Equal(HttpStatusCode.Created, measured.StatusCode);
        Assert.Equal("2629/KH-UBND", plan.Number);
        Assert.Equal(indicatorId, indicator.IndicatorId);
        Assert.Equal(35.2m, indicator.LatestValue);
    }
}
