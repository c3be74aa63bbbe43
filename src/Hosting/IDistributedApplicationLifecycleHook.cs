using Microsoft.Extensions.Configuration;

namespace StPlatform.Hosting;

/// <summary>
/// Runs before any resource starts, as Aspire's hook of that name: the place for something the
/// resources need to find already running (the dashboard that receives their telemetry).
/// Register it in <see cref="IDistributedApplicationBuilder.Services"/>; a hook that is disposable
/// is disposed after every resource has stopped.
/// </summary>
public interface IDistributedApplicationLifecycleHook
{
    Task BeforeStartAsync(ApplicationStartingContext context, CancellationToken cancellationToken);
}

/// <summary>
/// What a hook may use: the application, its configuration (values set here are read when the
/// resources start, e.g. <c>DOTNET_DASHBOARD_OTLP_HTTP_ENDPOINT_URL</c>) and the AppHost's own log.
/// </summary>
public sealed record ApplicationStartingContext(
    DistributedApplication Application, IConfiguration Configuration, bool IsTesting, Action<string> Log);
