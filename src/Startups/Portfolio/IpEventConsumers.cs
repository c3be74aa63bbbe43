using StPlatform.Contracts.IntellectualProperty;
using StPlatform.Startups.Data;

namespace StPlatform.Startups.Portfolio;

public sealed class IpAssetFiledConsumer(StartupsDbContext db) : PortfolioConsumer<IpAssetFiled>(db)
{
    protected override Guid AssetId(IpAssetFiled message) => message.AssetId;

    protected override void Apply(IpPortfolioItem item, IpAssetFiled message) => item.Filed(message);
}

public sealed class IpRightGrantedConsumer(StartupsDbContext db) : PortfolioConsumer<IpRightGranted>(db)
{
    protected override Guid AssetId(IpRightGranted message) => message.AssetId;

    protected override void Apply(IpPortfolioItem item, IpRightGranted message) => item.Granted(message);
}

public sealed class IpRightCommercialisedConsumer(StartupsDbContext db) : PortfolioConsumer<IpRightCommercialised>(db)
{
    protected override Guid AssetId(IpRightCommercialised message) => message.AssetId;

    protected override void Apply(IpPortfolioItem item, IpRightCommercialised message) => item.Commercialised(message);
}

public sealed class IpRightLapsedConsumer(StartupsDbContext db) : PortfolioConsumer<IpRightLapsed>(db)
{
    protected override Guid AssetId(IpRightLapsed message) => message.AssetId;

    protected override void Apply(IpPortfolioItem item, IpRightLapsed message) => item.Lapsed(message);
}
