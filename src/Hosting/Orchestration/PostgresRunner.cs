using System.Globalization;
using Npgsql;

namespace StPlatform.Hosting.Orchestration;

/// <summary>
/// PostgreSQL 15 from Debian's package: initdb on first start (SCRAM, UTF-8, C.UTF-8), then the
/// postmaster on loopback with its socket inside the data folder. Healthy when SELECT 1 works over TCP.
/// </summary>
internal sealed class PostgresRunner(PostgresServerResource server, RunContext context) : ResourceRunner(server, context)
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string SystemUserName = "postgres";

    private readonly string _directory = context.DataFolder.ResourceDirectory(server.Name);
    private readonly string? _runAs = SystemUser.RunAs(SystemUserName);
    private ChildProcess? _child;

    private string PgData => Path.Combine(_directory, "data");

    private string SocketDirectory => Path.Combine(_directory, "run");

    private string PasswordFile => Path.Combine(_directory, "password");

    protected override Task<int>? Exited => _child?.Exited;

    public override void Prepare()
    {
        Directory.CreateDirectory(_directory);
        server.Password = Secrets.ReadOrCreate(PasswordFile);
        server.Port = PortAllocator.Allocate();
    }

    public override Task StopAsync() => StopChildAsync(_child);

    protected override async Task<int?> LaunchAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(SocketDirectory);
        var fresh = !File.Exists(Path.Combine(PgData, "PG_VERSION"));
        if (fresh)
        {
            Directory.CreateDirectory(PgData);
            UnixFiles.SetMode(PgData, UnixFiles.OwnerOnly);
        }
        SystemUser.GiveTo(_directory, _runAs);
        if (fresh)
        {
            await InitDbAsync(cancellationToken);
        }
        string[] args =
        [
            "-D", PgData,
            "-p", server.Port!.Value.ToString(CultureInfo.InvariantCulture),
            "-k", SocketDirectory,
            "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=on",
        ];
        // SIGINT is "fast" shutdown (pg_ctl stop -m fast): sessions are ended, not waited for.
        _child = StartChild(Spec(Path.Combine(BinDirectory, "postgres"), args, NativeMethods.SIGINT));
        return _child.Id;
    }

    protected override async Task<bool> CheckHealthAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await AdminConnectionStringAsync(server, cancellationToken));
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is 1;
    }

    /// <summary>A connection to the server's own database, unpooled so health checks leave no idle sessions.</summary>
    internal static async Task<string> AdminConnectionStringAsync(PostgresServerResource server, CancellationToken cancellationToken) =>
        $"{await server.GetConnectionStringAsync(cancellationToken)};Database=postgres;Pooling=false;Timeout=5";

    private async Task InitDbAsync(CancellationToken cancellationToken)
    {
        List<string> args = ["-D", PgData, "-U", SystemUserName, "--auth=scram-sha-256", $"--pwfile={PasswordFile}", "-E", "UTF8", "--locale=C.UTF-8"];
        if (Context.IsTemporary)
        {
            args.Add("--no-sync");
        }
        using var initdb = ChildProcess.Start(Spec(Path.Combine(BinDirectory, "initdb"), [.. args]), Log);
        int code;
        try
        {
            code = await initdb.Exited.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await initdb.StopAsync();
            throw;
        }
        if (code != 0)
        {
            throw new DistributedApplicationException($"initdb failed with exit code {code}; see the console of '{server.Name}'.");
        }
    }

    private ProcessSpec Spec(string program, string[] args, int stopSignal = NativeMethods.SIGTERM) =>
        new(program, args, _directory)
        {
            ClearEnvironment = true,
            RunAsUser = _runAs,
            StopSignal = stopSignal,
        };
}
