using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StPlatform.Hosting.Orchestration;

namespace StPlatform.Hosting;

/// <summary>
/// The current snapshot of every resource, and waits on them. Every wait has a timeout and fails
/// fast when the resource can no longer reach what is awaited; the exception message names the
/// resource, its state and its last console lines, so that a failing CI run explains itself.
/// </summary>
public sealed class ResourceNotificationService
{
    private const int LinesInMessages = 20;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Waiter> _waiters = [];
    private readonly List<Channel<ResourceEvent>> _watchers = [];

    internal ResourceNotificationService(IEnumerable<IResource> resources, TimeSpan defaultTimeout, Action<string>? echo)
    {
        DefaultTimeout = defaultTimeout;
        foreach (var resource in resources)
        {
            var snapshot = new ResourceSnapshot { Name = resource.Name, ResourceType = TypeName(resource) };
            _entries.Add(resource.Name, new Entry(resource, new ConsoleLog(resource.Name, echo)) { Snapshot = snapshot });
        }
    }

    public TimeSpan DefaultTimeout { get; }

    public ResourceSnapshot GetSnapshot(string resourceName)
    {
        var entry = Find(resourceName);
        lock (_gate)
        {
            return entry.Snapshot with { ConsoleLines = entry.Log.Tail() };
        }
    }

    public IReadOnlyList<ResourceSnapshot> GetSnapshots() => _entries.Keys.Select(GetSnapshot).ToArray();

    public Task<ResourceEvent> WaitForResourceAsync(string resourceName, string targetState, CancellationToken cancellationToken = default) =>
        WaitForResourceAsync(resourceName, [targetState], cancellationToken);

    public Task<ResourceEvent> WaitForResourceAsync(
        string resourceName, IEnumerable<string> targetStates, CancellationToken cancellationToken = default)
    {
        var states = targetStates.ToArray();
        return WaitForResourceAsync(resourceName, e => states.Contains(e.Snapshot.State), $"reach {string.Join(" or ", states)}",
            DefaultTimeout, cancellationToken);
    }

    public Task<ResourceEvent> WaitForResourceHealthyAsync(string resourceName, CancellationToken cancellationToken = default) =>
        WaitForResourceHealthyAsync(resourceName, DefaultTimeout, cancellationToken);

    public Task<ResourceEvent> WaitForResourceHealthyAsync(string resourceName, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForResourceAsync(resourceName, IsHealthy, "become healthy", timeout, cancellationToken);

    public Task<ResourceEvent> WaitForResourceAsync(
        string resourceName, Func<ResourceEvent, bool> predicate, CancellationToken cancellationToken = default) =>
        WaitForResourceAsync(resourceName, predicate, "reach the awaited condition", DefaultTimeout, cancellationToken);

    /// <summary>
    /// Waits until <paramref name="predicate"/> holds. Throws <see cref="TimeoutException"/> after
    /// <paramref name="timeout"/> (infinite: <see cref="Timeout.InfiniteTimeSpan"/>) and
    /// <see cref="DistributedApplicationException"/> when the resource stops for good before.
    /// </summary>
    public async Task<ResourceEvent> WaitForResourceAsync(
        string resourceName, Func<ResourceEvent, bool> predicate, string goal, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var entry = Find(resourceName);
        var waiter = new Waiter(entry, predicate, goal);
        lock (_gate)
        {
            var current = new ResourceEvent(entry.Resource, entry.Resource.Name, entry.Snapshot);
            if (predicate(current))
            {
                return current;
            }
            if (KnownResourceStates.IsTerminal(entry.Snapshot.State))
            {
                throw new DistributedApplicationException(Describe(entry, $"cannot {goal} any more"));
            }
            _waiters.Add(waiter);
        }
        try
        {
            return await waiter.Completion.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(Describe(entry, $"did not {goal} within {timeout.TotalSeconds:0.#} s"));
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Every change from now on, until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async IAsyncEnumerable<ResourceEvent> WatchAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<ResourceEvent>();
        lock (_gate)
        {
            _watchers.Add(channel);
        }
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            lock (_gate)
            {
                _watchers.Remove(channel);
            }
        }
    }

    internal static bool IsHealthy(ResourceEvent e) =>
        e.Snapshot.State == KnownResourceStates.Running && e.Snapshot.HealthStatus == HealthStatus.Healthy;

    internal ConsoleLog GetLog(string resourceName) => Find(resourceName).Log;

    internal void Update(IResource resource, Func<ResourceSnapshot, ResourceSnapshot> change)
    {
        var entry = Find(resource.Name);
        lock (_gate)
        {
            var updated = change(entry.Snapshot);
            if (updated == entry.Snapshot)
            {
                return;
            }
            entry.Snapshot = updated;
            var e = new ResourceEvent(resource, resource.Name, updated with { ConsoleLines = entry.Log.Tail(LinesInMessages) });
            foreach (var waiter in _waiters.Where(w => w.Entry == entry))
            {
                if (waiter.Predicate(e))
                {
                    waiter.Completion.TrySetResult(e);
                }
                else if (KnownResourceStates.IsTerminal(updated.State))
                {
                    waiter.Completion.TrySetException(new DistributedApplicationException(Describe(entry, $"cannot {waiter.Goal} any more")));
                }
            }
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryWrite(e);
            }
        }
    }

    private static string Describe(Entry entry, string problem)
    {
        var s = entry.Snapshot;
        var exit = s.ExitCode is { } code ? $", exit code {code}" : "";
        // Stack frames are left out: a failure repeated every second would fill the message with
        // one trace and hide the lines that say what went wrong.
        var lines = entry.Log.Tail()
            .Where(line => !line.TrimStart().StartsWith("at ", StringComparison.Ordinal))
            .TakeLast(LinesInMessages)
            .ToList();
        return $"Resource '{entry.Resource.Name}' is {s.State} (health {s.HealthStatus?.ToString() ?? "unknown"}{exit}) and {problem}. " +
            (lines.Count == 0 ? "It wrote nothing to its console." : $"Its last console lines:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}");
    }

    private static string TypeName(IResource resource) =>
        resource.GetType().Name is var name && name.EndsWith("Resource", StringComparison.Ordinal) ? name[..^"Resource".Length] : resource.GetType().Name;

    private Entry Find(string resourceName) =>
        _entries.TryGetValue(resourceName, out var entry)
            ? entry
            : throw new ArgumentException($"No resource is named '{resourceName}'.", nameof(resourceName));

    private sealed class Entry(IResource resource, ConsoleLog log)
    {
        public IResource Resource { get; } = resource;

        public ConsoleLog Log { get; } = log;

        public required ResourceSnapshot Snapshot { get; set; }
    }

    private sealed class Waiter(Entry entry, Func<ResourceEvent, bool> predicate, string goal)
    {
        public Entry Entry { get; } = entry;

        public Func<ResourceEvent, bool> Predicate { get; } = predicate;

        public string Goal { get; } = goal;

        public TaskCompletionSource<ResourceEvent> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
