using System.Globalization;
using System.Net.Sockets;
using RabbitMQ.Client;

namespace StPlatform.Hosting.Orchestration;

/// <summary>
/// RabbitMQ 3.10 from Debian's package, with its own epmd (a managed child on an allocated port,
/// so no shared epmd daemon outlives the AppHost). The broker script execs erl under
/// RUNNING_UNDER_SYSTEMD, so the PID is beam's. Healthy while an AMQP connection is open.
/// </summary>
internal sealed class RabbitMQRunner(RabbitMQServerResource server, RunContext context) : ResourceRunner(server, context), IAsyncDisposable
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string SystemUserName = "rabbitmq";

    private readonly string _directory = context.DataFolder.ResourceDirectory(server.Name);
    private readonly string? _runAs = SystemUser.RunAs(SystemUserName);
    private int _distributionPort;
    private int _epmdPort;
    private string _nodeName = "";
    private ChildProcess? _epmd;
    private ChildProcess? _broker;
    private IConnection? _healthConnection;

    protected override Task<int>? Exited => _broker?.Exited;

    public override void Prepare()
    {
        Directory.CreateDirectory(_directory);
        server.UserName = "stplatform";
        server.Password = Secrets.ReadOrCreate(Path.Combine(_directory, "password"));
        // The node name must stay the same across runs: the mnesia folder is named after it.
        _nodeName = $"rabbit-{Secrets.ReadOrCreate(Path.Combine(_directory, "node-id"), 8).ToLowerInvariant()}@localhost";
        server.Port = PortAllocator.Allocate();
        _distributionPort = PortAllocator.Allocate();
        _epmdPort = PortAllocator.Allocate();
    }

    public override async Task StopAsync()
    {
        await DisposeAsync();
        await StopChildAsync(_broker);
        await StopChildAsync(_epmd);
    }

    public async ValueTask DisposeAsync()
    {
        if (_healthConnection is { } connection)
        {
            _healthConnection = null;
            await connection.DisposeAsync();
        }
    }

    protected override async Task<int?> LaunchAsync(CancellationToken cancellationToken)
    {
        RabbitMQFiles.Write(_directory, server);
        SystemUser.GiveTo(_directory, _runAs);
        var epmdPort = _epmdPort.ToString(CultureInfo.InvariantCulture);
        _epmd = StartChild(Spec(File.Exists("/usr/bin/epmd") ? "/usr/bin/epmd" : "epmd", "-port", epmdPort, "-address", "127.0.0.1"));
        await WaitForEpmdAsync(cancellationToken);

        var broker = Spec(ServerScript);
        broker.Environment["HOME"] = _directory;
        broker.Environment["RUNNING_UNDER_SYSTEMD"] = "true";
        broker.Environment["RABBITMQ_NODENAME"] = _nodeName;
        broker.Environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        broker.Environment["RABBITMQ_NODE_PORT"] = server.Port!.Value.ToString(CultureInfo.InvariantCulture);
        broker.Environment["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(CultureInfo.InvariantCulture);
        broker.Environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(_directory, "mnesia");
        broker.Environment["RABBITMQ_LOG_BASE"] = Path.Combine(_directory, "log");
        broker.Environment["RABBITMQ_LOGS"] = "-";
        broker.Environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(_directory, RabbitMQFiles.ConfigFile);
        broker.Environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_directory, RabbitMQFiles.PluginsFile);
        // Keeps /etc/rabbitmq/rabbitmq-env.conf (the system broker's settings) out of this one.
        broker.Environment["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_directory, "rabbitmq-env.conf");
        if (RabbitMQPlugins.Link(Path.Combine(_directory, "plugins")) is { } plugins)
        {
            broker.Environment["RABBITMQ_PLUGINS_DIR"] = plugins;
        }
        broker.Environment["ERL_EPMD_PORT"] = epmdPort;
        // Our own epmd is already up; the distribution listener stays on loopback like everything else.
        broker.Environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-start_epmd false -kernel inet_dist_use_interface {127,0,0,1}";
        _broker = StartChild(broker);
        return _broker.Id;
    }

    protected override async Task<bool> CheckHealthAsync(CancellationToken cancellationToken)
    {
        if (_healthConnection is { IsOpen: true })
        {
            return true;
        }
        await DisposeAsync();
        var factory = new ConnectionFactory
        {
            Uri = new Uri((await server.GetConnectionStringAsync(cancellationToken))!),
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            ClientProvidedName = "apphost-health",
        };
        _healthConnection = await factory.CreateConnectionAsync(cancellationToken);
        return _healthConnection.IsOpen;
    }

    private async Task WaitForEpmdAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", _epmdPort, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
        throw new DistributedApplicationException($"epmd did not listen on port {_epmdPort} within 5 s.");
    }

    private ProcessSpec Spec(string program, params string[] args) =>
        new(program, args, _directory) { ClearEnvironment = true, RunAsUser = _runAs };
}
