using System.Reflection;

namespace StPlatform.Hosting;

/// <summary>How an application runs: for the run command (persistent data, console echo) or for a test.</summary>
public sealed class DistributedApplicationOptions
{
    public string[] Args { get; set; } = [];

    /// <summary>The AppHost's assembly; defaults to the entry assembly.</summary>
    public Assembly? AppHostAssembly { get; set; }

    /// <summary>
    /// Testing mode: a fresh temporary data folder deleted on disposal (unless a DataFolder is
    /// configured explicitly), and child output goes to <see cref="Output"/> rather than the console.
    /// </summary>
    public bool IsTesting { get; set; }

    /// <summary>Where every child's console line is echoed, prefixed with its resource name.
    /// Null: the console when not testing, nowhere when testing. A throwing sink is ignored.</summary>
    public Action<string>? Output { get; set; }

    /// <summary>How long a wait on a resource lasts when the caller gives no timeout.</summary>
    public TimeSpan DefaultTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
