using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Hosting.Orchestration;

namespace StPlatform.Hosting;

/// <summary>The running platform: its resources, their states, and how to reach them.</summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    public const string AllHealthyPrefix = "All resources healthy in ";

    private readonly DistributedApplicationBuilder? _builder;
    private readonly ServiceProvider _services;
    private readonly Orchestrator? _orchestrator;
    private readonly Action<string> _log;
    private readonly Lock _gate = new();
    private Task? _started;
    private Task? _stopped;

    internal DistributedApplication(DistributedApplicationBuilder builder)
    {
        _builder = builder;
        var options = builder.Options;
        var echo = options.Output ?? (options.IsTesting ? null : Console.WriteLine);
        _log = line => echo?.Invoke($"apphost | {line}");
        ResourceNotifications = new ResourceNotificationService(builder.Resources, options.DefaultTimeout, echo);
        builder.Services.AddSingleton(ResourceNotifications);
        _services = builder.Services.BuildServiceProvider();
        _orchestrator = new Orchestrator(builder.Resources, ResourceNotifications);
    }

    private DistributedApplication()
    {
        _services = new ServiceCollection().BuildServiceProvider();
        ResourceNotifications = new ResourceNotificationService([], TimeSpan.FromSeconds(60), null);
        _log = _ => { };
    }

    public IServiceProvider Services => _services;

    public ResourceNotificationService ResourceNotifications { get; }

    public IReadOnlyList<IResource> Resources => _builder?.Resources ?? [];

    /// <summary>The data folder in use, once started.</summary>
    public string? DataFolder => _orchestrator?.DataFolderPath;

    public static IDistributedApplicationBuilder CreateBuilder(string[] args) =>
        CreateBuilder(new DistributedApplicationOptions { Args = args });

    public static IDistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (TestingHook.Current is { } hook)
        {
            return hook(options);
        }
        options.AppHostAssembly ??= Assembly.GetEntryAssembly();
        return new DistributedApplicationBuilder(options);
    }

    /// <summary>Builds what is missing, then starts every resource; returns without waiting for them to be healthy.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopped is not null, this);
            return _started ??= StartCoreAsync(cancellationToken);
        }
    }

    /// <summary>Stops every child in reverse dependency order: SIGTERM (SIGINT for PostgreSQL), then a kill after 10 s.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _stopped ??= StopCoreAsync(_started);
        }
    }

    /// <summary>Runs until Ctrl+C or SIGTERM (or <paramref name="cancellationToken"/>), then stops everything.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (_builder is null)
        {
            return;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
        NativeMethods.ReceiveInterrupts();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        try
        {
            var clock = Stopwatch.StartNew();
            await StartAsync(stop.Token);
            _log($"Data folder: {DataFolder}");
            foreach (var resource in Resources.Where(r => r.GetEndpoints().Any()))
            {
                _log($"{resource.Name}: {string.Join(", ", resource.GetEndpoints().Select(e => e.Url))}");
            }
            _ = ReportWhenHealthyAsync(clock, stop.Token);
            await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is DistributedApplicationException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            _log($"The application could not start: {ex.Message}");
            Environment.ExitCode = 1;
        }
        finally
        {
            _log("Stopping every resource...");
            await DisposeAsync();
            _log("Stopped.");
        }
    }

    public void Run() => RunAsync().GetAwaiter().GetResult();

    /// <summary>The URL of a resource's endpoint (http by default), once started.</summary>
    public Uri GetEndpoint(string resourceName, string endpointName = ResourceBuilderExtensions.HttpEndpointName) =>
        Find(resourceName).GetEndpoints().FirstOrDefault(e => e.Name == endpointName)?.Url
        ?? throw new InvalidOperationException($"Resource '{resourceName}' has no allocated '{endpointName}' endpoint (is the application started?).");

    public async ValueTask<string?> GetConnectionStringAsync(string resourceName, CancellationToken cancellationToken = default) =>
        Find(resourceName) is IResourceWithConnectionString resource
            ? await resource.GetConnectionStringAsync(cancellationToken)
            : throw new InvalidOperationException($"Resource '{resourceName}' has no connection string.");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
    }

    internal static DistributedApplication Captured() => new();

    private async Task StopCoreAsync(Task? started)
    {
        if (_orchestrator is null || started is null)
        {
            return;
        }
        try
        {
            await started;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A failed start has already stopped what it had started; what remains is stopped below.
        }
        await _orchestrator.StopAsync();
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        if (_builder is null || _orchestrator is null)
        {
            throw new InvalidOperationException("This application was handed to the test harness; build it there.");
        }
        try
        {
            var starting = new ApplicationStartingContext(this, _builder.Configuration, _builder.Options.IsTesting, _log);
            foreach (var hook in _services.GetServices<IDistributedApplicationLifecycleHook>())
            {
                await hook.BeforeStartAsync(starting, cancellationToken);
            }
            await _orchestrator.StartAsync(RunSettings.From(_builder, _log), cancellationToken);
        }
        catch
        {
            await _orchestrator.StopAsync();
            throw;
        }
    }

    private async Task ReportWhenHealthyAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        try
        {
            string Elapsed() => clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
            await Task.WhenAll(Resources.Select(async r =>
            {
                await ResourceNotifications.WaitForResourceAsync(
                    r.Name, ResourceNotificationService.IsHealthy, "become healthy", Timeout.InfiniteTimeSpan, cancellationToken);
                _log($"{r.Name} healthy at {Elapsed()}");
            }));
            _log(AllHealthyPrefix + Elapsed());
        }
        catch (DistributedApplicationException ex)
        {
            _log($"Not every resource is healthy: {ex.Message}");
        }
        catch (OperationCanceledException)
        {
        }
    }

    private IResource Find(string resourceName) =>
        Resources.FirstOrDefault(r => string.Equals(r.Name, resourceName, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No resource is named '{resourceName}'.", nameof(resourceName));
}
