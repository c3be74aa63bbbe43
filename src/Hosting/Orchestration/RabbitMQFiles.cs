namespace StPlatform.Hosting.Orchestration;

/// <summary>The broker's configuration, rewritten on every start (the port changes from run to run).</summary>
internal static class RabbitMQFiles
{
    public const string ConfigFile = "rabbitmq.conf";
    public const string PluginsFile = "enabled_plugins";

    public static void Write(string directory, RabbitMQServerResource server)
    {
        Directory.CreateDirectory(Path.Combine(directory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(directory, "log"));
        File.WriteAllLines(Path.Combine(directory, ConfigFile),
        [
            $"default_user = {server.UserName}",
            $"default_pass = {server.Password}",
            "loopback_users = none",
            $"listeners.tcp.default = 127.0.0.1:{server.Port}",
        ]);
        UnixFiles.SetMode(Path.Combine(directory, ConfigFile), UnixFiles.OwnerReadWrite);
        // No plugins: the broker boots faster and needs nothing more than AMQP here.
        File.WriteAllText(Path.Combine(directory, PluginsFile), "[].\n");
    }
}
