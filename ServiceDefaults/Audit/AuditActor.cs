namespace StPlatform.ServiceDefaults.Audit;

/// <summary>
/// Who the audit trail names when no person made the change: the start-up seed and operator
/// commands run without a request, and are recorded as the system rather than "anonymous".
/// </summary>
public static class AuditActor
{
    public const string SystemId = "system";
    public const string SystemName = "hệ thống / system";

    private static readonly AsyncLocal<bool> ActingAsSystem = new();

    public static bool IsSystem => ActingAsSystem.Value;

    /// <summary>Until disposed, saves made in this flow (and the tasks it starts) are the system's.</summary>
    public static IDisposable AsSystem()
    {
        var previous = ActingAsSystem.Value;
        ActingAsSystem.Value = true;
        return new Restore(previous);
    }

    private sealed class Restore(bool previous) : IDisposable
    {
        public void Dispose() => ActingAsSystem.Value = previous;
    }
}
