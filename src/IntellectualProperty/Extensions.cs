using StPlatform.Contracts;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.Import;
using StPlatform.IntellectualProperty.Owners;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.IntellectualProperty;

public static class Extensions
{
    public static IHostApplicationBuilder AddIntellectualProperty(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<IpDbContext>(ResourceNames.IpDb, IpDbContext.ConfigureOptions);
        builder.Services.AddMigration<IpDbContext>();
        builder.Services.AddAuditLog<IpDbContext>();
        builder.AddRabbitMQClient(ResourceNames.Messaging);
        builder.AddMessaging<IpDbContext>(bus =>
        {
            bus.AddConsumer<OrganisationRegisteredConsumer>();
            bus.AddConsumer<OrganisationUpdatedConsumer>();
        }, options => options.EndpointPrefix = ResourceNames.IntellectualProperty);
        builder.Services.AddSingleton<ImportJobs>();
        builder.AddApiAndPages();
        builder.AddPlatformAuthentication(ResourceNames.IntellectualProperty);
        return builder;
    }
}
