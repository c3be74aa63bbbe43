namespace StPlatform.Hosting;

/// <summary>
/// Lets the test harness run an AppHost's entry point and take its builder at Build(). AsyncLocal:
/// two tests starting two AppHosts in parallel each capture their own.
/// </summary>
internal static class TestingHook
{
    private static readonly AsyncLocal<Func<DistributedApplicationOptions, DistributedApplicationBuilder>?> s_current = new();

    public static Func<DistributedApplicationOptions, DistributedApplicationBuilder>? Current
    {
        get => s_current.Value;
        set => s_current.Value = value;
    }
}
