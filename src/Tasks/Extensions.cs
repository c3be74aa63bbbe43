using Microsoft.Extensions.Options;
using StPlatform.Contracts;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Overdue;
using StPlatform.Tasks.Plans;
using StPlatform.Tasks.Reminders;
using StPlatform.Tasks.Reports;

namespace StPlatform.Tasks;

public static class Extensions
{
    public static IHostApplicationBuilder AddTasks(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<TasksDbContext>(ResourceNames.TasksDb, TasksDbContext.ConfigureOptions);
        builder.Services.AddMigration<TasksDbContext>();
        builder.Services.AddAuditLog<TasksDbContext>();
        builder.AddRabbitMQClient(ResourceNames.Messaging);
        builder.AddMessaging<TasksDbContext>(
            bus =>
            {
                bus.AddConsumer<PlanIssuedConsumer>();
                bus.AddConsumer<PlanAmendedConsumer>();
            },
            options => options.EndpointPrefix = ResourceNames.Tasks);
        builder.Services.Configure<ReportingCalendarOptions>(builder.Configuration.GetSection(ReportingCalendarOptions.Section));
        builder.Services.AddSingleton(sp => new ReportingCalendar(sp.GetRequiredService<IOptions<ReportingCalendarOptions>>().Value));
        builder.Services.AddSingleton<OverdueScanner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OverdueScanner>());
        builder.Services.AddSingleton<ReminderScanner>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ReminderScanner>());
        builder.AddApiAndPages();
        builder.AddPlatformAuthentication(ResourceNames.Tasks);
        return builder;
    }
}
