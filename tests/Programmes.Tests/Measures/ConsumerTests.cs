using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.Contracts.Startups;
using StPlatform.Contracts.Tasks;
using StPlatform.Programmes.Tests.Documents;

namespace StPlatform.Programmes.Tests.Measures;

/// <summary>Events published on the real broker, consumed by the service, counted with their provenance.</summary>
[Collection(SharedProgrammesService.Name)]
public sealed class ConsumerTests(ProgrammesFixture fixture)
{
    private IBus Bus => fixture.Service.Services.GetRequiredService<IBus>();

    [Fact]
    public async Task Granted_patent_counts_toward_patents_protected_with_the_grant_as_provenance()
    {
        using var client = fixture.CreateClient();
        var indicators = await IndicatorWithMeasureAsync(client, "patentsProtected");
        var asset = Guid.NewGuid();

        await Bus.Publish(Granted(asset, IpObjectType.Patent));
        var provenance = await OutboxEvents.EventuallyAsync(() => RecordsAsync(client, indicators), ids => ids.Contains(asset));

        Assert.Contains(asset, provenance);
    }

    [Fact]
    public async Task Lapse_arriving_before_the_grant_still_leaves_the_patent_uncounted_and_a_trademark_never_counts()
    {
        using var client = fixture.CreateClient();
        var indicators = await IndicatorWithMeasureAsync(client, "patentsProtected");
        var (lapsed, trademark) = (Guid.NewGuid(), Guid.NewGuid());
        var lapse = new IpRightLapsed(Guid.NewGuid(), DateTimeOffset.UtcNow, lapsed, IpObjectType.UtilitySolution, LapseReason.Lapsed, new DateOnly(2025, 1, 1), [], null);

        await Bus.Publish(lapse);
        await Bus.Publish(lapse);
        await Bus.Publish(Granted(lapsed, IpObjectType.UtilitySolution));
        await Bus.Publish(Granted(trademark, IpObjectType.Trademark));
        await OutboxEvents.EventuallyAsync(() => fixture.WithDbAsync(db => db.Facts.CountAsync(f => f.SubjectId == lapsed)), n => n == 2);
        var provenance = await RecordsAsync(client, indicators);

        Assert.Equal(2, await fixture.WithDbAsync(db => db.Facts.CountAsync(f => f.SubjectId == lapsed)));
        Assert.DoesNotContain(lapsed, provenance);
        Assert.DoesNotContain(trademark, provenance);
    }

    [Fact]
    public async Task Revoked_certificate_takes_the_enterprise_out_of_the_count()
    {
        using var client = fixture.CreateClient();
        var indicators = await IndicatorWithMeasureAsync(client, "stEnterprises");
        var (kept, revoked) = (Guid.NewGuid(), Guid.NewGuid());

        await Bus.Publish(new StEnterpriseCertified(Guid.NewGuid(), DateTimeOffset.UtcNow, kept, "0201234567", "15/DNKHCN", new DateOnly(2024, 3, 1), "Sở KH&CN Hải Phòng"));
        await Bus.Publish(new StEnterpriseCertificateRevoked(Guid.NewGuid(), DateTimeOffset.UtcNow, revoked, "0207654321", "16/DNKHCN", new DateOnly(2025, 2, 1), "Không duy trì điều kiện"));
        await Bus.Publish(new StEnterpriseCertified(Guid.NewGuid(), DateTimeOffset.UtcNow, revoked, "0207654321", "16/DNKHCN", new DateOnly(2024, 3, 1), "Sở KH&CN Hải Phòng"));
        await OutboxEvents.EventuallyAsync(() => fixture.WithDbAsync(db => db.Facts.CountAsync(f => f.SubjectId == revoked)), n => n == 2);
        var provenance = await OutboxEvents.EventuallyAsync(() => RecordsAsync(client, indicators), ids => ids.Contains(kept));

        Assert.Contains(kept, provenance);
        Assert.DoesNotContain(revoked, provenance);
    }

    [Fact]
    public async Task Task_events_roll_up_into_the_plan_progress_whatever_their_order_and_copies()
    {
        using var client = fixture.CreateClient();
        var (location, _, plan) = await SampleDocuments.CreateAsync(client);
        var planId = plan.GetProperty("id").GetGuid();
        var (done, late, open) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var completed = new TaskCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, done, planId, "1", ["SKHCN"], new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30), true);

        await Bus.Publish(completed);
        await Bus.Publish(completed);
        foreach (var task in new[] { done, late, open })
        {
            await Bus.Publish(new TaskAssigned(Guid.NewGuid(), DateTimeOffset.UtcNow, task, planId, "1", "Nhiệm vụ", ["SKHCN"], [], new DateOnly(2025, 6, 30)));
        }
        await Bus.Publish(new TaskBecameOverdue(Guid.NewGuid(), DateTimeOffset.UtcNow, open, planId, "3", ["STC"], new DateOnly(2025, 6, 30)));
        await Bus.Publish(new TaskCompleted(Guid.NewGuid(), DateTimeOffset.UtcNow, late, planId, "2", ["SYT"], new DateOnly(2025, 8, 1), new DateOnly(2025, 6, 30), false));
        await Bus.Publish(new TaskBecameOverdue(Guid.NewGuid(), DateTimeOffset.UtcNow, late, planId, "2", ["SYT"], new DateOnly(2025, 6, 30)));
        var progress = await OutboxEvents.EventuallyAsync(
            () => client.GetFromJsonAsync<JsonElement>(new Uri($"{location}/progress", UriKind.Relative)),
            p => p.GetProperty("summary").GetString() == "2/3 hoàn thành, 1 quá hạn");

        Assert.Equal("2/3 hoàn thành, 1 quá hạn", progress.GetProperty("summary").GetString());
        Assert.Equal(1, progress.GetProperty("completedOnTime").GetInt32());
    }

    [Fact]
    public async Task Startup_supported_counts_with_its_programme_as_reference()
    {
        using var client = fixture.CreateClient();
        var indicators = await IndicatorWithMeasureAsync(client, "startupsSupported");
        var startup = Guid.NewGuid();

        await Bus.Publish(new StartupSupported(Guid.NewGuid(), DateTimeOffset.UtcNow, startup, null, "Đề án 844", DateTime.UtcNow.Year, 200));
        var provenance = await OutboxEvents.EventuallyAsync(() => RecordsAsync(client, indicators), ids => ids.Contains(startup));

        Assert.Contains(startup, provenance);
    }

    private static IpRightGranted Granted(Guid asset, IpObjectType type) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, asset, type, "Thiết bị lọc nước biển", $"1-{Random.Shared.Next(100000, 999999)}", new DateOnly(2024, 9, 1), ["0201234567"], null);

    private static async Task<string> IndicatorWithMeasureAsync(HttpClient client, string measure)
    {
        var (location, _, _) = await SampleDocuments.CreateAsync(client);
        using var added = await client.PostAsJsonAsync(new Uri($"{location}/indicators", UriKind.Relative),
            new { name = $"Chỉ tiêu {measure}", unit = "số lượng", direction = "atLeast", baselineYear = 2020, baselineValue = 0, targets = new[] { new { year = 2030, value = 1000 } }, measure });
        Assert.Equal(System.Net.HttpStatusCode.Created, added.StatusCode);
        return $"{location}/indicators";
    }

    /// <summary>The record ids behind the indicator's latest value.</summary>
    private static async Task<HashSet<Guid>> RecordsAsync(HttpClient client, string indicators)
    {
        var indicator = (await client.GetFromJsonAsync<JsonElement>(new Uri(indicators, UriKind.Relative))).EnumerateArray().Single();
        var values = indicator.GetProperty("values").EnumerateArray().ToList();
        return values.Count == 0 ? [] : [.. values[^1].GetProperty("provenance").EnumerateArray().Select(p => p.GetProperty("recordId").GetGuid())];
    }
}
