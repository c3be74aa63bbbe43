using System.Diagnostics;

namespace StPlatform.Messaging.Tests.Infrastructure;

/// <summary>
/// How to reach the broker's Erlang node with rabbitmqctl (node name, the HOME holding its
/// cookie, its epmd port) and how to start it again after a kill -9: all read from the running
/// broker's own environment, since the orchestrator does not expose them.
/// </summary>
public sealed record BrokerNode(int ProcessId, string NodeName, string Home, string EpmdPort, IReadOnlyDictionary<string, string> Environment)
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    public static BrokerNode Of(int processId)
    {
        var environment = File.ReadAllText($"/proc/{processId}/environ")
            .Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0])
            .ToDictionary(group => group.Key, group => group.First()[1]);
        return new BrokerNode(
            processId,
            environment["RABBITMQ_NODENAME"],
            environment["HOME"],
            environment["ERL_EPMD_PORT"],
            environment);
    }

    /// <summary>Starts the broker as the orchestrator did: same user, same environment, same data.</summary>
    public Process Relaunch()
    {
        var start = new ProcessStartInfo("setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Home,
        };
        foreach (var argument in new[] { "--reuid=rabbitmq", "--regid=rabbitmq", "--init-groups", ServerScript })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment.Clear();
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The broker did not start again.");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    public static bool IsGone(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat))
        {
            return true;
        }
        try
        {
            var fields = File.ReadAllText(stat);
            return fields[(fields.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return true;
        }
    }

}
