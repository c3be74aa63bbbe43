using StPlatform.Contracts;
using StPlatform.Messaging;
using StPlatform.Programmes.Attachments;
using StPlatform.Programmes.Data;
using StPlatform.Programmes.Measures;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes;

public static class Extensions
{
    public static IHostApplicationBuilder AddProgrammes(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<ProgrammesDbContext>(ResourceNames.ProgrammesDb, ProgrammesDbContext.ConfigureOptions);
        builder.Services.AddMigration<ProgrammesDbContext>();
        builder.Services.AddAuditLog<ProgrammesDbContext>();
        builder.AddRabbitMQClient(ResourceNames.Messaging);
        builder.AddMessaging<ProgrammesDbContext>(bus =>
        {
            bus.AddConsumer<IpRightGrantedConsumer>();
            bus.AddConsumer<IpRightLapsedConsumer>();
            bus.AddConsumer<IpRightCommercialisedConsumer>();
            bus.AddConsumer<StEnterpriseCertifiedConsumer>();
            bus.AddConsumer<StEnterpriseCertificateRevokedConsumer>();
            bus.AddConsumer<StartupSupportedConsumer>();
            bus.AddConsumer<TaskAssignedConsumer>();
            bus.AddConsumer<TaskCompletedConsumer>();
            bus.AddConsumer<TaskBecameOverdueConsumer>();
        }, options => options.EndpointPrefix = ResourceNames.Programmes);
        builder.AddApiAndPages();
        builder.Services.Configure<AttachmentOptions>(builder.Configuration.GetSection(AttachmentOptions.Section));
        builder.Services.AddSingleton<AttachmentStore>();
        builder.AddPlatformAuthentication(ResourceNames.Programmes);
        return builder;
    }
}
