using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using RabbitMQ.Client;
using StPlatform.Hosting;
using StPlatform.Hosting.Testing;

namespace StPlatform.Dashboard.Tests;

/// <summary>The queues page against an orchestrated RabbitMQ: depths, parked messages and their re-drive.</summary>
public sealed partial class QueueTests
{
    private const string Queue = "tasks-programme-approved";
    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(90)).Token;

    [Fact]
    public async Task Parked_messages_are_counted_and_re_driven_to_their_queue_unchanged_and_only_configured_queues_are_touched()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.AddRabbitMQ("messaging");
        builder.AddDashboard();
        builder.Configuration["Dashboard:Queues:0"] = Queue;
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("messaging", Timeout);
        var factory = new ConnectionFactory { Uri = new Uri((await app.GetConnectionStringAsync("messaging"))!) };
        await using var connection = await factory.CreateConnectionAsync(Timeout);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Timeout);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: Timeout);
        await channel.QueueDeclareAsync(Queue + "_error", durable: true, exclusive: false, autoDelete: false, cancellationToken: Timeout);
        for (var i = 1; i <= 3; i++)
        {
            var properties = new BasicProperties { MessageId = $"m{i}", Headers = new Dictionary<string, object?> { ["MT-Fault-Message"] = "timeout" } };
            await channel.BasicPublishAsync("", Queue + "_error", mandatory: false, properties, Encoding.UTF8.GetBytes($"Chương trình {i} đã duyệt"), Timeout);
        }
        using var console = await SignInAsync(app);

        var before = await console.GetStringAsync("/queues");
        Assert.Matches($"data-queue=\"{Queue}\"[\\s\\S]*?class=\"messages\">0<[\\s\\S]*?parked\">3<", before);

        using var redrive = await console.PostAsync("/queues", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["queue"] = Queue,
            ["count"] = "2",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(before).Groups[1].Value,
        }));
        Assert.Contains("Đã chuyển 2 tin", await redrive.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var refused = await console.PostAsync("/queues", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["queue"] = "amq.rabbitmq.trace",
            ["count"] = "1",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(before).Groups[1].Value,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("queue:", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var first = await channel.BasicGetAsync(Queue, autoAck: true, Timeout);
        Assert.NotNull(first);
        Assert.Equal(("m1", "Chương trình 1 đã duyệt"), (first.BasicProperties.MessageId, Encoding.UTF8.GetString(first.Body.Span)));
        Assert.Equal("timeout", Encoding.UTF8.GetString((byte[])first.BasicProperties.Headers!["MT-Fault-Message"]!));
        Assert.Equal(1u, await channel.MessageCountAsync(Queue, Timeout));
        Assert.Equal(1u, await channel.MessageCountAsync(Queue + "_error", Timeout));
    }

    private static async Task<HttpClient> SignInAsync(DistributedApplication app)
    {
        var dashboard = app.GetDashboard()!;
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = dashboard.BrowserUrl };
        (await client.GetAsync(dashboard.LoginUrl.PathAndQuery)).EnsureSuccessStatusCode();
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
