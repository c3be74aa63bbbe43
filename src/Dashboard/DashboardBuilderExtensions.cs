using Microsoft.Extensions.DependencyInjection;
using StPlatform.Hosting;

namespace StPlatform.Dashboard;

public static class DashboardBuilderExtensions
{
    /// <summary>
    /// Runs the ops console inside the AppHost, started before every resource; configured by the
    /// "Dashboard" section (<see cref="DashboardOptions"/>) as it stands when the application
    /// starts, e.g. <c>--Dashboard:Enabled=false</c> or <c>--Dashboard:MaxSpans=50000</c>.
    /// </summary>
    public static IDistributedApplicationBuilder AddDashboard(this IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DashboardLifecycleHook>();
        builder.Services.AddSingleton<IDistributedApplicationLifecycleHook>(sp => sp.GetRequiredService<DashboardLifecycleHook>());
        return builder;
    }

    /// <summary>The running console, once the application has started; null when it is disabled.</summary>
    public static DashboardServer? GetDashboard(this DistributedApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return application.Services.GetService<DashboardLifecycleHook>()?.Server;
    }
}
