using MassTransit;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts;
using StPlatform.Messaging.Inbox;
using StPlatform.Startups.Data;

namespace StPlatform.Startups.Portfolio;

public static class PortfolioConsumers
{
    public static void Register(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<IpAssetFiledConsumer>();
        bus.AddConsumer<IpRightGrantedConsumer>();
        bus.AddConsumer<IpRightCommercialisedConsumer>();
        bus.AddConsumer<IpRightLapsedConsumer>();
    }
}

/// <summary>
/// Applies one IP event to the asset's portfolio row, creating the row if this is the first event
/// of the asset to arrive. Two first events racing each other meet at the primary key; the loser
/// is retried by MassTransit and then finds the row.
/// </summary>
public abstract class PortfolioConsumer<TEvent>(StartupsDbContext db) : InboxConsumer<TEvent, StartupsDbContext>(db)
    where TEvent : class, IIntegrationEvent
{
    protected abstract Guid AssetId(TEvent message);

    protected abstract void Apply(IpPortfolioItem item, TEvent message);

    protected override async Task HandleAsync(ConsumeContext<TEvent> context)
    {
        var message = context.Message;
        var id = AssetId(message);
        var item = await Db.IpPortfolio.SingleOrDefaultAsync(i => i.AssetId == id, context.CancellationToken);
        if (item is null)
        {
            item = new IpPortfolioItem { AssetId = id };
            Db.IpPortfolio.Add(item);
        }
        Apply(item, message);
    }
}
