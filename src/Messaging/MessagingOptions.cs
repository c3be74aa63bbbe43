namespace StPlatform.Messaging;

/// <summary>
/// Tuning of the bus, the relay and the consumers. The defaults suit one service on a 2-core
/// machine; tests shorten the waits.
/// </summary>
public sealed class MessagingOptions
{
    /// <summary>Prefix of every queue this service declares, so two services never share one.</summary>
    public string? EndpointPrefix { get; set; }

    /// <summary>How many messages a consumer endpoint takes from the broker before acknowledging any.</summary>
    public ushort PrefetchCount { get; set; } = 32;

    /// <summary>
    /// How many messages one consumer endpoint applies at once. Each holds a database connection
    /// and transaction; beyond a few per core they only queue inside PostgreSQL.
    /// </summary>
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>
    /// Most messages of one consumer applied in one transaction (those that arrived while the previous
    /// transaction ran); 1 applies each in its own.
    /// </summary>
    public int ConsumerBatchLimit { get; set; } = 32;

    /// <summary>Pauses between in-memory retries of a failing consumer; after the last, the message goes to <c>_error</c>.</summary>
    public IReadOnlyList<TimeSpan> RetryIntervals { get; set; } =
        [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500)];

    /// <summary>Rows the relay takes per round; they are published pipelined and confirmed together.</summary>
    public int RelayBatchSize { get; set; } = 200;

    /// <summary>How long the relay waits for the broker's confirms of one round before giving up on them.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the relay looks at the table when nothing told it about a new row.</summary>
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest pause between two attempts while the broker or the database is unavailable.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts after which a row that fails for a reason of its own is parked.</summary>
    public int MaxRowAttempts { get; set; } = 3;

    /// <summary>How long published outbox rows are kept (for operators) before they are deleted.</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long consumed message ids are remembered; a redelivery older than this would be applied again.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Pending rows older than this make readiness degraded even while publishes succeed.</summary>
    public TimeSpan OutboxLagWarning { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Runs the relay; off only for a process that must not publish (a test's crashed writer).</summary>
    public bool RelayEnabled { get; set; } = true;

    internal RelayHooks Hooks { get; } = new();
}

/// <summary>Points where a test stops the relay to play a crash between two of its steps.</summary>
internal sealed class RelayHooks
{
    public Func<IReadOnlyList<Guid>, CancellationToken, Task>? BeforePublish { get; set; }

    public Func<IReadOnlyList<Guid>, CancellationToken, Task>? AfterPublish { get; set; }
}
