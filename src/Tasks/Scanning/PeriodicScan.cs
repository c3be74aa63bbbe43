namespace StPlatform.Tasks.Scanning;

/// <summary>
/// A scan run <paramref name="startDelay"/> (<see cref="StartDelay"/>) after start and then every <paramref name="interval"/> on the
/// injected <see cref="TimeProvider"/> (so a test can move time). A failed scan is logged and tried
/// again at the next tick: a database outage must not stop the service.
/// </summary>
public abstract class PeriodicScan(TimeProvider clock, TimeSpan interval, TimeSpan startDelay, ILogger logger) : BackgroundService
{
    /// <summary>
    /// <c>Tasks:ScanStartDelay</c>, one minute unless configured: the first scan waits until the
    /// service is up, so that compiling and running its queries does not slow the start (on two
    /// cores it took a fifth of the service's start-up work) and it finds the schema migrated.
    /// </summary>
    public static TimeSpan StartDelay(IConfiguration configuration) =>
        configuration.GetValue("Tasks:ScanStartDelay", TimeSpan.FromMinutes(1));

    /// <summary>What "now" is for the scan.</summary>
    protected TimeProvider Clock => clock;

    /// <summary>Does one scan's work; returns how many records it changed.</summary>
    public abstract Task<int> ScanAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(startDelay, clock, stoppingToken);
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The {Scan} failed; it runs again at the next interval.", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
