namespace StPlatform.Hosting.Orchestration;

/// <summary>
/// Starts every resource (each waits for its own dependencies) and stops them in reverse dependency
/// order: projects and executables first, then the databases, then the servers.
/// </summary>
internal sealed class Orchestrator(IReadOnlyList<IResource> resources, ResourceNotificationService notifications) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private List<ResourceRunner> _runners = [];
    private RunContext? _context;
    private bool _stopped;

    public string? DataFolderPath => _context?.DataFolder.Path;

    public async Task StartAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        var dataFolder = await DataFolder.OpenAsync(settings.DataFolder, settings.Log);
        _context = new RunContext(notifications, dataFolder, settings.Log)
        {
            IsTemporary = settings.DataFolder is null,
            EnvironmentName = settings.EnvironmentName,
            BuildConfiguration = settings.BuildConfiguration,
            ImagesFolder = settings.ImagesFolder,
            OtlpEndpoint = settings.OtlpEndpoint,
            OtlpProtocol = settings.OtlpProtocol,
        };
        _runners = resources.Select(r => CreateRunner(r, _context)).ToList();
        foreach (var runner in _runners)
        {
            runner.Prepare();
        }
        await ProjectOutput.EnsureBuiltAsync(resources.OfType<ProjectResource>(), settings.BuildConfiguration, settings.ImagesFolder, settings.Log, cancellationToken);
        foreach (var runner in _runners)
        {
            runner.Start(_stopping.Token);
        }
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        await _stopping.CancelAsync();
        await Task.WhenAll(_runners.Select(r => r.Completion));
        foreach (var layer in _runners.GroupBy(r => Depth(r.Resource)).OrderByDescending(g => g.Key))
        {
            await Task.WhenAll(layer.Select(StopRunnerAsync));
        }
        _runners = [];
        _context?.Dispose();
        _context?.DataFolder.Dispose();
        _context = null;
        _stopping.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StopRunnerAsync(ResourceRunner runner)
    {
        await runner.StopAsync();
        notifications.Update(runner.Resource, s => s.State is KnownResourceStates.Running or KnownResourceStates.Starting
            ? s with { State = KnownResourceStates.Finished, HealthStatus = null, StopTime = DateTimeOffset.UtcNow }
            : s);
    }

    private static ResourceRunner CreateRunner(IResource resource, RunContext context) => resource switch
    {
        PostgresServerResource server => new PostgresRunner(server, context),
        PostgresDatabaseResource database => new PostgresDatabaseRunner(database, context),
        RabbitMQServerResource broker => new RabbitMQRunner(broker, context),
        ProjectResource or ExecutableResource => new ProcessRunner(resource, context),
        _ => throw new NotSupportedException($"Resource '{resource.Name}' of type {resource.GetType().Name} cannot be run."),
    };

    private static int Depth(IResource resource, int guard = 0) =>
        guard > 64
            ? throw new InvalidOperationException($"The dependencies of '{resource.Name}' form a cycle.")
            : resource.GetDependencies().Select(d => Depth(d, guard + 1) + 1).DefaultIfEmpty(0).Max();
}
