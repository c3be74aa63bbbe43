using System.ComponentModel.DataAnnotations;
using MassTransit;
using StPlatform.Messaging.Inbox;

namespace StPlatform.Messaging.Tests.TestService;

public sealed class ItemRecordedConsumer(TestDbContext db, DeliveryLedger ledger) : InboxConsumer<ItemRecorded, TestDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<ItemRecorded> context)
    {
        ledger.Attempted(context.Message.EventId);
        if (ledger.HandlingDelay > TimeSpan.Zero)
        {
            await Task.Delay(ledger.HandlingDelay, context.CancellationToken);
        }
        switch (context.Message.Name)
        {
            case ItemRecorded.InvalidName:
                throw new ValidationException("The item name breaks an invariant.");
            case ItemRecorded.FailingName when !ledger.FaultRepaired:
                throw new InvalidOperationException("The effect cannot be applied.");
        }
        Db.Effects.Add(new Effect { EventId = context.Message.EventId, AppliedAt = DateTimeOffset.UtcNow });
    }
}
