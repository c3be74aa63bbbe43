using System.Globalization;

namespace StPlatform.Hosting.Orchestration;

/// <summary>
/// A process named by its PID and its start time (field 22 of /proc/&lt;pid&gt;/stat, kept across
/// exec): a recycled PID never matches, so a leftover is only killed if it is really ours.
/// </summary>
internal readonly record struct ProcessIdentity(int Pid, long StartTicks)
{
    public static ProcessIdentity? Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return new ProcessIdentity(pid, long.Parse(fields[19], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public bool IsAlive => Of(Pid) == this;
}
