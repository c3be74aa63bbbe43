using System.Globalization;
using Microsoft.Extensions.Configuration;
using StPlatform.Hosting;

namespace StPlatform.Dashboard;

/// <summary>
/// Starts the console before any resource, then points every child's OTLP exporter at it (gRPC, as
/// Aspire does) and prints the login address.
/// </summary>
internal sealed class DashboardLifecycleHook : IDistributedApplicationLifecycleHook, IAsyncDisposable
{
    /// <summary>Short export delays, as Aspire gives in development, so a request shows up within seconds.</summary>
    private static readonly (string Name, int Milliseconds)[] ExportDelays =
    [
        ("OTEL_BSP_SCHEDULE_DELAY", 1000),
        ("OTEL_BLRP_SCHEDULE_DELAY", 1000),
        ("OTEL_METRIC_EXPORT_INTERVAL", 5000),
    ];

    public DashboardServer? Server { get; private set; }

    public async Task BeforeStartAsync(ApplicationStartingContext context, CancellationToken cancellationToken)
    {
        var options = new DashboardOptions();
        context.Configuration.GetSection(DashboardOptions.SectionName).Bind(options);
        if (!options.Enabled)
        {
            return;
        }
        Server = await DashboardServer.StartAsync(options, context.Application, cancellationToken);
        context.Configuration["OTLP_ENDPOINT_URL"] = Server.OtlpGrpcUrl.ToString().TrimEnd('/');
        context.Configuration["OTLP_PROTOCOL"] = "grpc";
        foreach (var resource in context.Application.Resources.OfType<IResourceWithEnvironment>())
        {
            foreach (var (name, milliseconds) in ExportDelays)
            {
                resource.Annotations.Add(new EnvironmentAnnotation(name, () => milliseconds.ToString(CultureInfo.InvariantCulture)));
            }
        }
        context.Log($"Dashboard: {Server.LoginUrl}");
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is { } server)
        {
            await server.DisposeAsync();
        }
    }
}
