using System.Runtime.InteropServices;

namespace StPlatform.Hosting.Orchestration;

internal static partial class NativeMethods
{
    public const int SIGINT = 2;
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial nint SetDisposition(int signal, nint handler);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    /// <summary>Sends <paramref name="signal"/>; false when the process is already gone.</summary>
    public static bool Signal(int pid, int signal) => Kill(pid, signal) == 0;

    /// <summary>
    /// A shell starts background jobs with SIGINT ignored, and .NET then leaves it ignored; but a
    /// script that runs the AppHost in the background stops it with <c>kill -INT</c>, as a user
    /// would with Ctrl+C. So the AppHost takes SIGINT back before it registers its handler.
    /// </summary>
    public static void ReceiveInterrupts()
    {
        if (OperatingSystem.IsLinux())
        {
            SetDisposition(SIGINT, 0);
        }
    }

    public static bool IsRoot => OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;
}
