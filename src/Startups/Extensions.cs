using StPlatform.Contracts;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Startups.Data;
using StPlatform.Startups.Portfolio;
using StPlatform.Startups.Verification;

namespace StPlatform.Startups;

public static class Extensions
{
    public static IHostApplicationBuilder AddStartups(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<StartupsDbContext>(ResourceNames.StartupsDb, StartupsDbContext.ConfigureOptions);
        builder.Services.AddMigration<StartupsDbContext>();
        builder.Services.AddAuditLog<StartupsDbContext>();
        builder.AddRabbitMQClient(ResourceNames.Messaging);
        builder.AddMessaging<StartupsDbContext>(PortfolioConsumers.Register, options => options.EndpointPrefix = ResourceNames.Startups);
        builder.AddApiAndPages();
        builder.AddPlatformAuthentication(ResourceNames.Startups);
        builder.Services.Configure<StaleOptions>(builder.Configuration.GetSection(StaleOptions.Section));
        builder.Services.AddHostedService<StaleMarker>();
        return builder;
    }
}
