using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RabbitMQ.Client;
using StPlatform.Messaging.Outbox;
using StPlatform.ServiceDefaults;
using StPlatform.TestSupport;
using static StPlatform.Identity.Tests.Admin.UnitSamples;

namespace StPlatform.Identity.Tests.Admin;

/// <summary>UnitRegistered and UnitRenamed: written to identity's outbox with the change, then delivered by the relay.</summary>
[Collection(SharedIdentityService.Name)]
public sealed class UnitEventsTests(IdentityFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A transaction that has written the outbox row (and holds that table's write lock) waiting
    /// to write the unit: the event and the change it records are one transaction. (EF Core writes
    /// the tables in name order, outbox_messages before units.)
    /// </summary>
    private const string OutboxWriterWaitingForUnitsSql =
        "SELECT count(*) FROM pg_locks waiting JOIN pg_locks held ON held.pid = waiting.pid "
        + "WHERE NOT waiting.granted AND waiting.relation = 'units'::regclass "
        + "AND held.granted AND held.relation = 'outbox_messages'::regclass AND held.mode = 'RowExclusiveLock'";

    [Fact]
    public async Task A_registration_and_its_event_are_written_in_one_transaction()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        await using var holder = new NpgsqlConnection(fixture.ConnectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        // Reads go on, but nobody may write a unit until this transaction ends.
        await using (var lockUnits = new NpgsqlCommand("LOCK TABLE units IN SHARE MODE", holder, hold))
        {
            await lockUnits.ExecuteNonQueryAsync();
        }

        var registering = Forms.SubmitAsync(admin, UnitsPath, Registration(code, NewName()));
        await Eventually(async () => await ScalarAsync(OutboxWriterWaitingForUnitsSql) > 0,
            "no transaction that wrote an outbox row waited to write the unit");

        Assert.Empty(await OutboxRowsAsync("UnitRegistered", code));
        await hold.RollbackAsync();
        using var registered = await registering;
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(1, await ScalarAsync($"SELECT count(*) FROM units WHERE code = '{code}'"));
        Assert.Single(await OutboxRowsAsync("UnitRegistered", code));
    }

    [Fact]
    public async Task Registration_publishes_UnitRegistered_with_the_units_names_and_kind()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        var name = NewName();
        await using var delivered = await BoundQueue.OpenAsync(fixture, "StPlatform.Contracts.Identity:UnitRegistered");

        using var registered = await Forms.SubmitAsync(admin, UnitsPath, Registration(code, name, "district", "Project Board"));

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var row = Assert.Single(await OutboxRowsAsync("UnitRegistered", code));
        var body = JsonDocument.Parse(row.Body).RootElement;
        Assert.Equal(name, body.GetProperty("name").GetString());
        Assert.Equal("Project Board", body.GetProperty("nameEn").GetString());
        Assert.Equal("district", body.GetProperty("kind").GetString());
        var message = await delivered.WaitForAsync(row.MessageId, Patience);
        Assert.Contains(code, message, StringComparison.Ordinal);
        await Eventually(async () => (await OutboxRowsAsync("UnitRegistered", code))[0].PublishedAt is not null, "the row was never marked published");
    }

    [Fact]
    public async Task Renaming_publishes_UnitRenamed_with_old_and_new_names_in_both_languages()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        var oldName = NewName();
        var newName = NewName();
        await RegisterAsync(admin, code, oldName);
        await using var delivered = await BoundQueue.OpenAsync(fixture, "StPlatform.Contracts.Identity:UnitRenamed");

        using var renamed = await SubmitRenameAsync(admin, code, newName, "Project Board");

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var row = Assert.Single(await OutboxRowsAsync("UnitRenamed", code));
        var body = JsonDocument.Parse(row.Body).RootElement;
        Assert.Equal((oldName, newName), (body.GetProperty("oldName").GetString(), body.GetProperty("newName").GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("oldNameEn").ValueKind);
        Assert.Equal("Project Board", body.GetProperty("newNameEn").GetString());
        var message = await delivered.WaitForAsync(row.MessageId, Patience);
        Assert.Contains(newName, message, StringComparison.Ordinal);
        Assert.Contains("Project Board", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_English_name_alone_publishes_UnitRenamed_and_an_unchanged_form_publishes_nothing()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        var name = NewName();
        await RegisterAsync(admin, code, name);

        await RenameAsync(admin, code, name, "Project Board");
        await RenameAsync(admin, code, name, "Management Board");
        await RenameAsync(admin, code, name, "Management Board");

        var bodies = (await OutboxRowsAsync("UnitRenamed", code)).OrderBy(r => r.Sequence).Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.All(bodies, b => Assert.Equal((name, name), (b.GetProperty("oldName").GetString(), b.GetProperty("newName").GetString())));
        Assert.Equal(("Project Board", "Management Board"), (bodies[1].GetProperty("oldNameEn").GetString(), bodies[1].GetProperty("newNameEn").GetString()));
    }

    [Fact]
    public async Task The_citys_seeded_units_publish_nothing()
    {
        var rows = await fixture.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.Contains("UnitRegistered")).ToListAsync());

        Assert.DoesNotContain(rows, r => JsonDocument.Parse(r.Body).RootElement.GetProperty("code").GetString() is "SKHCN" or "UBND-HB");
    }

    private async Task<List<OutboxMessage>> OutboxRowsAsync(string type, string code)
    {
        var rows = await fixture.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type.Contains(type)).ToListAsync());
        return [.. rows.Where(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("code").GetString() == code)];
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task Eventually(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(100);
        }
    }

    /// <summary>A queue of the test's own bound to MassTransit's exchange for one event type, as a consumer's would be.</summary>
    private sealed class BoundQueue(IChannel channel, string queue) : IAsyncDisposable
    {
        public static async Task<BoundQueue> OpenAsync(IdentityFixture fixture, string exchange)
        {
            var connection = await fixture.Service.Services.GetRequiredService<RabbitMQConnectionProvider>().GetConnectionAsync(CancellationToken.None);
            var channel = await connection.CreateChannelAsync();
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            var queue = await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true);
            await channel.QueueBindAsync(queue.QueueName, exchange, string.Empty);
            return new BoundQueue(channel, queue.QueueName);
        }

        public async Task<string> WaitForAsync(Guid messageId, TimeSpan patience)
        {
            var deadline = DateTime.UtcNow + patience;
            while (DateTime.UtcNow < deadline)
            {
                if (await channel.BasicGetAsync(queue, autoAck: true) is { } message
                    && message.BasicProperties.MessageId == messageId.ToString())
                {
                    return Encoding.UTF8.GetString(message.Body.Span);
                }
                await Task.Delay(100);
            }
            Assert.Fail($"Message {messageId} was not delivered to {queue} within {patience}.");
            return string.Empty;
        }

        public async ValueTask DisposeAsync()
        {
            await channel.CloseAsync();
            channel.Dispose();
        }
    }
}
