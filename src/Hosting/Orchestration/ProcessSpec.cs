namespace StPlatform.Hosting.Orchestration;

/// <summary>How to start one child process.</summary>
internal sealed class ProcessSpec(string fileName, IEnumerable<string> args, string workingDirectory)
{
    public string FileName { get; } = fileName;

    public IReadOnlyList<string> Args { get; } = args.ToArray();

    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Variables to set; a null value removes an inherited one.</summary>
    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Start from an empty environment (servers) rather than the AppHost's (projects).</summary>
    public bool ClearEnvironment { get; init; }

    /// <summary>The system user to run as (through setpriv, which execs: the PID is the program's).</summary>
    public string? RunAsUser { get; init; }

    /// <summary>The signal asking for a graceful stop: SIGINT is PostgreSQL's "fast" shutdown.</summary>
    public int StopSignal { get; init; } = NativeMethods.SIGTERM;
}
