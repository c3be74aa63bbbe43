using System.Diagnostics;

namespace StPlatform.Hosting.Orchestration;

/// <summary>
/// PostgreSQL and RabbitMQ refuse to run as root. When the AppHost is root they run as their own
/// system users (from Debian's packages) over folders those users own; otherwise as the current user.
/// </summary>
internal static class SystemUser
{
    /// <summary>The user to run as, or null to run as ourselves.</summary>
    public static string? RunAs(string user) => NativeMethods.IsRoot ? user : null;

    /// <summary>Makes <paramref name="user"/> own <paramref name="path"/> and everything in it (when we are root).</summary>
    public static void GiveTo(string path, string? user)
    {
        if (user is null)
        {
            return;
        }
        using var chown = Process.Start(new ProcessStartInfo("chown", ["-R", $"{user}:{user}", path])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("chown could not be started.");
        var error = chown.StandardError.ReadToEnd();
        chown.WaitForExit();
        if (chown.ExitCode != 0)
        {
            throw new InvalidOperationException($"chown -R {user} {path} failed: {error}");
        }
    }
}
