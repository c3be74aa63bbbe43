using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StPlatform.Hosting.Orchestration;

/// <summary>
/// One resource's life: Waiting for what it waits for, Starting, Running with a health check about
/// every second, and Exited or Finished. Subclasses say how to launch, check and stop the resource.
/// </summary>
internal abstract class ResourceRunner(IResource resource, RunContext context)
{
    private static readonly TimeSpan s_healthInterval = TimeSpan.FromSeconds(1);

    // Until first healthy, checks come faster: every dependent's start waits on that moment.
    private static readonly TimeSpan s_startupHealthInterval = TimeSpan.FromMilliseconds(250);

    public IResource Resource { get; } = resource;

    public Task Completion { get; private set; } = Task.CompletedTask;

    protected RunContext Context { get; } = context;

    protected ConsoleLog Log => Context.Notifications.GetLog(Resource.Name);

    /// <summary>Ports, passwords, files: whatever must be known before any resource starts.</summary>
    public virtual void Prepare()
    {
    }

    public void Start(CancellationToken stopping) => Completion = RunAsync(stopping);

    /// <summary>Stops the resource's processes, if any; never throws.</summary>
    public abstract Task StopAsync();

    /// <summary>Launches the resource; returns its main PID, if it has a process.</summary>
    protected abstract Task<int?> LaunchAsync(CancellationToken cancellationToken);

    protected abstract Task<bool> CheckHealthAsync(CancellationToken cancellationToken);

    /// <summary>Completes with the exit code once the resource's main process exits; null without a process.</summary>
    protected virtual Task<int>? Exited => null;

    protected virtual IReadOnlyList<string> Urls => [];

    protected void Publish(Func<ResourceSnapshot, ResourceSnapshot> change) => Context.Notifications.Update(Resource, change);

    protected ChildProcess StartChild(ProcessSpec spec)
    {
        var child = ChildProcess.Start(spec, Log);
        Context.DataFolder.Record(child, Resource.Name);
        return child;
    }

    protected async Task StopChildAsync(ChildProcess? child)
    {
        if (child is null)
        {
            return;
        }
        await child.StopAsync();
        Context.DataFolder.Forget(child);
        child.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        await Task.Yield();
        try
        {
            var dependencies = Resource.GetWaitDependencies().ToList();
            if (dependencies.Count > 0)
            {
                Publish(s => s with { State = KnownResourceStates.Waiting });
                foreach (var dependency in dependencies)
                {
                    await Context.Notifications.WaitForResourceAsync(dependency.Name, ResourceNotificationService.IsHealthy,
                        "become healthy", Timeout.InfiniteTimeSpan, stopping);
                }
            }
            Publish(s => s with { State = KnownResourceStates.Starting });
            var pid = await LaunchAsync(stopping);
            Publish(s => s with
            {
                State = KnownResourceStates.Running,
                ProcessId = pid,
                StartTime = DateTimeOffset.UtcNow,
                Urls = Urls,
            });
            await MonitorAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log.Add($"[apphost] {Resource.Name} failed to start: {ex.Message}");
            Context.AppHostLog($"{Resource.Name} failed to start: {ex.Message}");
            Publish(s => s with { State = KnownResourceStates.FailedToStart, HealthStatus = null });
        }
    }

    private async Task MonitorAsync(CancellationToken stopping)
    {
        var exited = Exited;
        var everHealthy = false;
        while (true)
        {
            if (exited is { IsCompleted: true })
            {
                if (!stopping.IsCancellationRequested)
                {
                    var code = await exited;
                    Context.AppHostLog($"{Resource.Name} exited with code {code}.");
                    Publish(s => s with
                    {
                        State = code == 0 ? KnownResourceStates.Finished : KnownResourceStates.Exited,
                        ExitCode = code,
                        HealthStatus = null,
                        StopTime = DateTimeOffset.UtcNow,
                    });
                }
                return;
            }
            var healthy = await CheckHealthSafelyAsync(stopping);
            everHealthy |= healthy;
            if (exited is not { IsCompleted: true })
            {
                Publish(s => s.State == KnownResourceStates.Running
                    ? s with { HealthStatus = healthy ? HealthStatus.Healthy : HealthStatus.Unhealthy }
                    : s);
            }
            var delay = Task.Delay(everHealthy ? s_healthInterval : s_startupHealthInterval, stopping);
            await (exited is null ? delay : Task.WhenAny(delay, exited));
            stopping.ThrowIfCancellationRequested();
        }
    }

    private async Task<bool> CheckHealthSafelyAsync(CancellationToken stopping)
    {
        try
        {
            return await CheckHealthAsync(stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            return false;
        }
    }
}
