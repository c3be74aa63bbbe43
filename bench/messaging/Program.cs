using System.Globalization;
using Npgsql;
using StPlatform.Contracts;
using StPlatform.Hosting;
using StPlatform.Hosting.Testing;
using StPlatform.Messaging.Bench;

// Messaging benchmark: see bench/README.md, section Messaging.
// Usage: dotnet run -c Release --project bench/messaging [throughput-count=6000] [rate=500] [seconds=10] [consumer-batch-limit=32]
var throughputCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 6000;
var rate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
// 1: each message in a transaction of its own, as before group commit.
OutboxPipeline.ConsumerBatchLimit = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : new StPlatform.Messaging.MessagingOptions().ConsumerBatchLimit;
const int Concurrency = 16;
var timeout = TimeSpan.FromMinutes(3);

var infrastructure = DistributedApplicationTestingBuilder.Create();
infrastructure.AddPostgres(ResourceNames.Postgres);
infrastructure.AddRabbitMQ(ResourceNames.Messaging);
await using var app = await infrastructure.BuildAsync();
await app.StartAsync();
await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Postgres);
await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Messaging);
var postgres = new NpgsqlConnectionStringBuilder(await app.GetConnectionStringAsync(ResourceNames.Postgres)) { Database = "postgres", Pooling = false }.ConnectionString;
var amqp = (await app.GetConnectionStringAsync(ResourceNames.Messaging))!;
var cpu = new CpuMeter(
    app.ResourceNotifications.GetSnapshot(ResourceNames.Postgres).ProcessId!.Value,
    app.ResourceNotifications.GetSnapshot(ResourceNames.Messaging).ProcessId!.Value);

var loadBefore = File.ReadAllText("/proc/loadavg")[..14];
using var relayRounds = new RelayRounds();
var bare = await BareLoop.StartAsync(amqp);
var pipeline = await OutboxPipeline.StartAsync(postgres, amqp);

async Task<Measurements> ThroughputAsync(Func<Measurements> measure, Func<Task> operation, int count)
{
    var measurements = measure();
    using var gate = new SemaphoreSlim(Concurrency);
    await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
    {
        await gate.WaitAsync();
        try
        {
            await operation();
        }
        finally
        {
            gate.Release();
        }
    }));
    await measurements.WaitForAsync(count, timeout);
    return measurements;
}

async Task<Measurements> LatencyAsync(Func<Measurements> measure, Func<Task> operation)
{
    var measurements = measure();
    await FixedRate.RunAsync(rate * seconds, rate, _ => operation());
    await measurements.WaitForAsync(rate * seconds, timeout);
    return measurements;
}

// Until the JIT has moved the hot paths to tier 1: on 2 busy cores a fresh process still spends a
// fifth of its time in the JIT after a thousand messages, which a running service long has not.
Console.WriteLine("warming up ...");
await ThroughputAsync(bare.Measure, bare.PublishAsync, 2000);
await ThroughputAsync(pipeline.Measure, pipeline.WriteAsync, 4000);
await FixedRate.RunAsync(rate * 3, rate, _ => pipeline.WriteAsync());
await ThroughputAsync(pipeline.Measure, pipeline.WriteAsync, 2000);

Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} bare throughput");
var cpuBefore = cpu.Sample();
var bareThroughput = await ThroughputAsync(bare.Measure, bare.PublishAsync, throughputCount);
var bareCpu = cpu.Sample() - cpuBefore;
Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} pipeline throughput");
var transactions = new TransactionCounts(postgres);
var transactionsBefore = await transactions.SampleAsync();
cpuBefore = cpu.Sample();
var roundsBefore = relayRounds.Sample();
var pipelineThroughput = await ThroughputAsync(pipeline.Measure, pipeline.WriteAsync, throughputCount);
var pipelineCpu = cpu.Sample() - cpuBefore;
var throughputRounds = RelayRounds.Describe(roundsBefore, relayRounds.Sample());
Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} bare latency");
var bareLatency = await LatencyAsync(bare.Measure, bare.PublishAsync);
// Ten seconds after the pipeline's throughput run: its backends have reported their counts.
var pipelineTransactions = TransactionCounts.PerEvent(transactionsBefore, await transactions.SampleAsync(), throughputCount);
Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} pipeline latency");
roundsBefore = relayRounds.Sample();
var pipelineLatency = await LatencyAsync(pipeline.Measure, pipeline.WriteAsync);
var latencyRounds = RelayRounds.Describe(roundsBefore, relayRounds.Sample());
Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss} stages");
await bare.DisposeAsync();
await pipeline.DisposeAsync();
var (commits, relayed, consumed) = await Stages.MeasureAsync(postgres, amqp, throughputCount, Concurrency);

Console.WriteLine($"""

    {Environment.ProcessorCount} cores; consumer batch limit {OutboxPipeline.ConsumerBatchLimit}; throughput: {throughputCount} messages, {Concurrency} concurrent writers; latency: {rate}/s for {seconds} s

    | | events/s (max) | p50 ms at {rate}/s | p99 ms at {rate}/s |
    |---|---:|---:|---:|
    | bare RabbitMQ.Client loop (confirms, acks) | {Measurements.Format(bareThroughput.PerSecond())} | {Measurements.Format(bareLatency.LatencyPercentile(50))} | {Measurements.Format(bareLatency.LatencyPercentile(99))} |
    | outbox, relay, broker, inbox (commit to effect) | {Measurements.Format(pipelineThroughput.PerSecond())} | {Measurements.Format(pipelineLatency.LatencyPercentile(50))} | {Measurements.Format(pipelineLatency.LatencyPercentile(99))} |

    pipeline / bare throughput: {Measurements.Format(100 * pipelineThroughput.PerSecond() / bareThroughput.PerSecond())} %
    CPU per event, bare: {bareCpu.PerEvent(throughputCount)}
    CPU per event, pipeline: {pipelineCpu.PerEvent(throughputCount)}
    PostgreSQL transactions per event, pipeline: {pipelineTransactions}
    relay rounds, pipeline throughput: {throughputRounds}; at {rate}/s: {latencyRounds}
    pipeline / bare by CPU per event (what 2 idle cores would sustain): {Measurements.Format(100 * bareCpu.TotalMs / pipelineCpu.TotalMs)} %
    load average before / after: {loadBefore} / {File.ReadAllText("/proc/loadavg")[..14]}
    each stage alone, events/s: commits {Measurements.Format(commits)}, relay {Measurements.Format(relayed)}, consumer {Measurements.Format(consumed)}
    """);
