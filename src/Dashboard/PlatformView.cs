using StPlatform.Hosting;

namespace StPlatform.Dashboard;

/// <summary>
/// The running application the console shows, read straight from the orchestrator in the same
/// process. Null when the console runs on its own (tests of the OTLP receivers).
/// </summary>
public sealed class PlatformView(DistributedApplication? application)
{
    public DistributedApplication? Application { get; } = application;

    public IReadOnlyList<ResourceSnapshot> Resources() =>
        Application?.ResourceNotifications.GetSnapshots() ?? [];

    public ResourceSnapshot? Find(string name) =>
        Application?.Resources.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)) == true
            ? Application.ResourceNotifications.GetSnapshot(name)
            : null;
}
